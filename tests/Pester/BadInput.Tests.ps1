<#
    Bad input, as people type it and spreadsheets carry it: each case is refused with an error that names the
    parameter (or the field), and the server's data is exactly as it was, with nothing written. The cases the
    entity files already show (a blank or oversized group name, -Id 0, unknown access names and numbers, an empty
    creation range, -SortBy Colour, too many participants, unknown members or command keys...) are not repeated here.
    Also: an answer from the server that is not JSON is an error a script can branch on, not a crash.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
    $BaseUri = $sandbox.BaseUri
    $AdminCredential = $sandbox.AdminCredential

    function Get-ServerState {
        # Everything a user could lose, as the sandbox holds it: the two records in full, and how many there are.
        $group = (Invoke-TestSandboxHttp -Sandbox $sandbox -Path "api/community/communitygroups/$($group.Id)" -Credential $AdminCredential).Body
        $room = (Invoke-TestSandboxHttp -Sandbox $sandbox -Path "api/community/videorooms/$($room.Id)" -Credential $AdminCredential).Body
        "$group`n$room`n$((Get-TestSandboxStat -Sandbox $sandbox).Records | ConvertTo-Json -Compress)"
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Bad input' {
    BeforeAll {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        $group = New-CommunityGroup -Name 'Existing' -UserId $demo.User1 -MemberId $demo.Coworker1, $demo.Coworker2
        $room = New-VideoRoom -Name 'Existing room' -NumberOfParticipants 4 -NewImageUrl 'https://example.com/r.png'
    }

    BeforeEach {
        # Some cases are a failed Connect-Nexudus, which leaves no default connection behind.
        Connect-TestSandbox -Sandbox $sandbox
        # Taken before each case, so that a case which did change something fails alone.
        $before = Get-ServerState
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    It 'refuses <Run> naming <Named>, and changes nothing' -ForEach @(
        # Names: empty, null, blank on an update
        @{ Named = 'Name'; Run = { New-CommunityGroup -UserId $demo.User1 -Name '' } }
        @{ Named = 'Name'; Run = { New-CommunityGroup -UserId $demo.User1 -Name $null } }
        @{ Named = 'Name'; Run = { Set-CommunityGroup -Id $group.Id -Name '  ' } }
        # Ids: negative, not a number, zero on a write; the same record twice where two are needed
        @{ Named = 'Id'; Run = { Get-CommunityGroup -Id -3 } }
        @{ Named = 'Id'; Run = { Get-CommunityGroup -Id 'abc' } }
        @{ Named = 'Id'; Run = { Set-CommunityGroup -Id 0 -Name 'x' } }
        @{ Named = 'Id'; Run = { Remove-CommunityGroup -Id -1 -Force } }
        @{ Named = 'Id'; Run = { Invoke-CommunityGroupCommand -Key MERGE_GROUPS -Id $group.Id, $group.Id -Force } }
        @{ Named = 'BusinessId'; Run = { New-CommunityGroup -UserId $demo.User1 -Name 'x' -BusinessId 0 } }
        @{ Named = 'UserId'; Run = { New-CommunityGroup -Name 'x' -UserId -7 } }
        # Enums on an update and a filter
        @{ Named = 'GroupAccess'; Run = { Set-CommunityGroup -Id $group.Id -GroupAccess 0 } }
        @{ Named = 'GroupAccess'; Run = { Get-CommunityGroup -GroupAccess Hidden } }
        # Dates and ranges
        @{ Named = 'CreatedAfter'; Run = { Get-CommunityGroup -CreatedAfter 'not a date' } }
        @{ Named = 'UpdatedAfter'; Run = { Get-CommunityGroup -UpdatedAfter '2024-02-01' -UpdatedBefore '2024-01-01' } }
        @{ Named = 'CreatedAfter'; Run = { Get-VideoRoom -CreatedAfter '2030-01-01' -CreatedBefore '2020-01-01' } }
        # Filters of wildcards only (an empty cell in front of '*')
        @{ Named = 'Name'; Run = { Get-CommunityGroup -Name '*' } }
        @{ Named = 'Description'; Run = { Get-CommunityGroup -Description '**' } }
        @{ Named = 'Name'; Run = { Get-VideoRoom -Name '?*' } }
        @{ Named = 'SortBy'; Run = { Get-VideoRoom -SortBy 'Name;DROP' } }
        # $null and wrong types in pipelines and on the command line
        @{ Named = 'InputObject'; Run = { $null | Remove-CommunityGroup -Force } }
        @{ Named = "Id 'twelve'"; Run = { [pscustomobject]@{ Id = 'twelve' } | Set-CommunityGroup -Name 'x' } }
        @{ Named = 'BusinessId'; Run = { [pscustomobject]@{ Name = 'x'; BusinessId = 'junk'; UserId = $demo.User1 } | New-CommunityGroup } }
        @{ Named = 'NumberOfParticipants'; Run = { New-VideoRoom -Name 'x' -NumberOfParticipants 'many' } }
        @{ Named = 'Active'; Says = "*'maybe'*true or false*"; Run = { Get-VideoRoom -Active 'maybe' } }
        # Impossible combinations and addresses
        @{ Named = 'AddMember'; Run = { Set-CommunityGroup -Id $group.Id -AddMember $demo.Coworker3 -RemoveMember $demo.Coworker3 } }
        @{ Named = 'NewImageUrl'; Run = { New-VideoRoom -Name 'x' -NumberOfParticipants 3 -NewImageUrl 'ftp://files/x.png' } }
        # Connecting: an explicit $null connection is a mistake, not a cue to use the default one
        @{ Named = 'Connection'; Run = { Remove-CommunityGroup -Id $group.Id -Force -Connection $null } }
        @{ Named = 'BaseUri'; Run = { Connect-Nexudus -BaseUri 'ftp://example.com/' -Credential $AdminCredential } }
        @{ Named = 'Totp'; Run = { Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -Totp 'abc' } }
    ) {
        # Whether PowerShell refuses the binding (a terminating error) or the cmdlet refuses the record (an error
        # record): the user gets one error either way.
        $errors = @(try { & $Run 2>&1 } catch { $_ }) | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }

        @($errors).Count | Should -Be 1
        "$($errors[0]) $($errors[0].Exception.Message)" | Should -BeLike "*$Named*"
        if ($Says) { "$($errors[0])" | Should -BeLike $Says -Because 'it says what it takes' }
        @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
        Get-ServerState | Should -BeExactly $before
    }
}

Describe 'An answer that is not JSON' {
    BeforeAll {
        Reset-TestSandbox -Sandbox $sandbox
        # Retried as any failed read is, but without the backoff a live server deserves.
        Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -BusinessId $demo.Business1 -NoRateLimit -RetryBaseDelay 00:00:00.005
        $group = New-CommunityGroup -Name 'Existing' -UserId $demo.User1
    }

    AfterAll {
        Set-TestSandboxFault -Sandbox $sandbox -Clear
    }

    It 'is one InvalidResult error saying so, not a crash' {
        $null = Set-TestSandboxFault -Sandbox $sandbox -Setting @{ MalformedJsonEveryNth = 1 }

        $found = Get-CommunityGroup -Id $group.Id -ErrorVariable problems -ErrorAction SilentlyContinue

        $found | Should -BeNullOrEmpty
        $problems.Count | Should -Be 1
        $problems[0].CategoryInfo.Category | Should -Be 'InvalidResult'
        "$($problems[0])" | Should -BeLike '*the server''s answer is not valid JSON (cut short, or not JSON at all*'
    }
}
