<#
.SYNOPSIS
    The tests of a runbook (Runbook-BookClubs.ps1, beside this file), in the two styles a runbook's author needs:
    with mocks (no server at all: fast, every branch, failures on demand) and against the local sandbox (the real
    module sending real requests to an API that behaves like Nexudus). Copy it next to your own runbook.
.EXAMPLE
    Invoke-Pester ./examples/Runbook-BookClubs.Tests.ps1 -Output Detailed
#>

BeforeAll {
    # Yours: Import-Module NexudusCommunity. This repository runs its examples against the module it has just built.
    $built = Join-Path $PSScriptRoot '../out/NexudusCommunity/NexudusCommunity.psd1'
    if (Test-Path -LiteralPath $built) { Import-Module $built } else { Import-Module NexudusCommunity }

    $runbook = Join-Path $PSScriptRoot 'Runbook-BookClubs.ps1'
}

Describe 'Runbook-BookClubs, with mocks' {
    BeforeAll {
        # A connection for Mock Connect-Nexudus to return: the module's own type, with only what the runbook reads.
        $connection = New-MockObject -Type NexudusCommunity.Connection.NexudusConnection -Properties @{ UserName = 'ops@example.com' }
        Mock Connect-Nexudus { $connection }
        Mock Disconnect-Nexudus { }

        # Records are the module's own types, cast from hashtables: the runbook meets the properties and types it
        # meets in production (GroupAccess is an enum, Members a list of Ids).
        Mock Get-CommunityGroup -ParameterFilter { $Name -eq 'Book*' } {
            [NexudusCommunity.Models.CommunityGroup]@{ Id = 11; Name = 'Book Club'; GroupAccess = 'Public' }
            [NexudusCommunity.Models.CommunityGroup]@{ Id = 12; Name = 'Book Swap'; GroupAccess = 'Private' }
        }
        # Read by Id, a group comes with its members.
        Mock Get-CommunityGroup -ParameterFilter { $Id -eq 11 } {
            [NexudusCommunity.Models.CommunityGroup]@{ Id = 11; Name = 'Book Club'; GroupAccess = 'Private'; Members = @(7, 8) }
        }
        Mock Get-CommunityGroup -ParameterFilter { $Id -eq 12 } {
            [NexudusCommunity.Models.CommunityGroup]@{ Id = 12; Name = 'Book Swap'; GroupAccess = 'Private'; Members = @(9) }
        }
        Mock Invoke-CommunityGroupCommand {
            [NexudusCommunity.Models.CommandResult]@{ WasSuccessful = $true; Message = 'Command executed.' }
        }
        Mock Set-CommunityGroup { $InputObject }
    }

    It 'signs in with the vault''s secret when given one' {
        $lines = & $runbook -SecretName Nexudus -LeadMemberId 9

        $lines | Should -Contain 'Signed in as ops@example.com'
        Should -Invoke Connect-Nexudus -Times 1 -Exactly -ParameterFilter { $SecretName -eq 'Nexudus' }
        Should -Invoke Disconnect-Nexudus -Times 1 -Exactly
    }

    It 'makes the public book groups private in one command, and only those' {
        & $runbook -SecretName Nexudus -LeadMemberId 9 | Out-Null

        Should -Invoke Invoke-CommunityGroupCommand -Times 1 -Exactly -ParameterFilter {
            $Key -eq 'SET_PRIVATE' -and $Force -and @($InputObject.Name) -join ',' -eq 'Book Club'
        }
    }

    It 'adds the lead where missing, and leaves the groups that have it alone' {
        $lines = & $runbook -SecretName Nexudus -LeadMemberId 9

        Should -Invoke Set-CommunityGroup -Times 1 -Exactly -ParameterFilter { $AddMember -contains 9 -and $InputObject.Id -eq 11 }
        Should -Invoke Set-CommunityGroup -Times 0 -Exactly -ParameterFilter { $InputObject.Id -eq 12 }
        $lines | Should -Contain 'Book Swap: lead already a member'
    }

    It 'stops at the first error: a refused sign-in reads and changes nothing' {
        Mock Connect-Nexudus { throw 'The sign-in was refused: invalid_grant.' }

        { & $runbook -SecretName Nexudus } | Should -Throw '*invalid_grant*'
        Should -Invoke Get-CommunityGroup -Times 0 -Exactly
        Should -Invoke Set-CommunityGroup -Times 0 -Exactly
    }
}

Describe 'Runbook-BookClubs, against the sandbox' {
    BeforeAll {
        # A sandbox of this file's own, on a free port, holding only the fixture's records.
        $sandbox = Start-NexudusSandbox -Seed (Join-Path $PSScriptRoot 'sandbox-fixture.json')
        Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -NoRateLimit
        # Records are found by name or email, never by an Id typed into the test.
        $lead = (Get-NexudusCoworker -Email 'radia.perlman@example.com').Id
        $control = "$($sandbox.BaseUri)_sandbox"
    }

    AfterAll {
        $sandbox | Stop-NexudusSandbox
    }

    BeforeEach {
        # Each test starts from the fixture again, with an empty request log.
        Invoke-RestMethod -Method Post -Uri "$control/reset" | Out-Null
        Invoke-RestMethod -Method Delete -Uri "$control/requests" | Out-Null
    }

    It 'makes both book groups private and adds the lead to each, leaving Runners alone' {
        & $runbook -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -LeadMemberId $lead | Out-Null

        Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -NoRateLimit
        foreach ($name in 'Book Club', 'Book Swap') {
            $group = Get-CommunityGroup -Id (Get-CommunityGroup -Name $name).Id
            $group.GroupAccess | Should -Be 'Private'
            $group.Members | Should -Contain $lead
        }
        (Get-CommunityGroup -Id (Get-CommunityGroup -Name 'Runners').Id).Members | Should -Not -Contain $lead
    }

    It 'sends one command for all the groups it changes' {
        & $runbook -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -LeadMemberId $lead | Out-Null

        $sent = @(Invoke-RestMethod -Uri "$control/requests")
        @($sent | Where-Object { $_.Method -eq 'POST' -and $_.Path -like '*/runcommand' }).Count | Should -Be 1
    }

    It 'writes nothing when run a second time' {
        & $runbook -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -LeadMemberId $lead | Out-Null
        Invoke-RestMethod -Method Delete -Uri "$control/requests" | Out-Null

        $lines = & $runbook -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -LeadMemberId $lead

        $lines | Should -Contain 'Book Club: lead already a member'
        $writes = @(Invoke-RestMethod -Uri "$control/requests") | Where-Object { $_.Method -in 'POST', 'PUT', 'DELETE' -and $_.Path -notlike '*/api/token' }
        @($writes).Count | Should -Be 0
    }

    It 'copes with a server that fails every third request' {
        Invoke-RestMethod -Method Post -Uri "$control/faults" -ContentType application/json -Body '{ "ServerErrorEveryNth": 3 }' | Out-Null
        try {
            & $runbook -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -LeadMemberId $lead | Out-Null
        }
        finally {
            Invoke-RestMethod -Method Delete -Uri "$control/faults" | Out-Null
        }

        Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -NoRateLimit
        (Get-CommunityGroup -Name 'Book*').GroupAccess | Should -Be 'Private', 'Private'
    }
}
