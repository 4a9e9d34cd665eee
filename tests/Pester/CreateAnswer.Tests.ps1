<#
    A create costs one request when the answer already holds the record. The live API answers a create with the
    whole new record in Value: that is New-*'s output, with no read-back. An answer holding only the Id (the older
    documented form: the sandbox's --create-answer id, or POST /_sandbox/settings) is read back by that Id.
    Requests are counted from the sandbox's request log.
#>

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $creators = @(Get-Command -Module NexudusCommunity -CommandType Cmdlet | Where-Object Verb -EQ New | Sort-Object Name | ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    Connect-TestSandbox -Sandbox $sandbox
    $owner = (Get-CommunityGroup | Select-Object -First 1).UserId

    # Every New- cmdlet has what it needs (a message its thread) before the counting starts.
    $null = New-CommunityThread -CommunityGroup (Get-CommunityGroup | Select-Object -First 1) -Subject 'Create answer probe' -Message 'First.' -ErrorAction Stop

    function Measure-Create([string] $Name) {
        $call = @(New-TestWriteCall (Get-Command $Name))[0]
        $parameters = $call.Parameters
        Clear-TestSandboxRequest -Sandbox $sandbox
        $made = & $Name @parameters -ErrorAction Stop
        # The create's own requests: to its entity's path (a message's thread, looked up by reference, is not the create's).
        $all = @(Get-TestSandboxRequest -Sandbox $sandbox | Where-Object Path -NotLike '*/api/token')
        $post = @($all | Where-Object Method -EQ 'POST')
        $post | Should -HaveCount 1
        $requests = @($all | Where-Object { $_.Path.TrimEnd('/') -like "$($post[0].Path.TrimEnd('/'))*" })
        [pscustomobject]@{ Made = $made; Requests = $requests; Read = @(& (($Name -replace '^New-', 'Get-')) -Id $made.Id -ErrorAction Stop)[0] }
    }

    function Set-CreateAnswer([string] $Form) {
        $answer = Invoke-TestSandboxHttp -Sandbox $sandbox -Method POST -Path '_sandbox/settings' -Json @{ CreateAnswer = $Form }
        $answer.StatusCode | Should -Be 200
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'A create answered with the whole record (the live API''s form)' {
    BeforeAll { Set-CreateAnswer Record }

    It '<Name> sends one request and returns the record the server stored' -ForEach $creators {
        $measured = Measure-Create $Name

        @($measured.Requests | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -HaveCount 1
        $measured.Requests[0].Method | Should -Be 'POST'
        $measured.Made.Id | Should -BeGreaterThan 0
        $measured.Made.CreatedOn | Should -Not -BeNullOrEmpty -Because 'the server''s own fields come from the answer'
        $measured.Made.UniqueId | Should -Be $measured.Read.UniqueId
        ($measured.Made | ConvertTo-Json -Depth 3 -Compress) | Should -Be ($measured.Read | ConvertTo-Json -Depth 3 -Compress)
    }

    It 'piped creates cost one request each (20 rows, 20 POSTs, no GET)' {
        Clear-TestSandboxRequest -Sandbox $sandbox

        $made = 1..20 | ForEach-Object { [pscustomobject]@{ Name = "Bulk create $_"; UserId = $owner } } | New-CommunityGroup -ErrorAction Stop

        @($made).Count | Should -Be 20
        $requests = @(Get-TestSandboxRequest -Sandbox $sandbox | Where-Object Path -NotLike '*/api/token')
        @($requests | Where-Object Method -EQ 'POST').Count | Should -Be 20
        @($requests | Where-Object Method -EQ 'GET').Count | Should -Be 0
        $made[19].Name | Should -Be 'Bulk create 20'
    }
}

Describe 'A create answered with the Id only (the older documented form)' {
    BeforeAll { Set-CreateAnswer IdOnly }
    AfterAll { Set-CreateAnswer Record }

    It '<Name> reads the record back by the Id: two requests' -ForEach $creators {
        $measured = Measure-Create $Name

        @($measured.Requests | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -HaveCount 2
        $measured.Requests[0].Method | Should -Be 'POST'
        $measured.Requests[1].Method | Should -Be 'GET'
        $measured.Requests[1].Path | Should -BeLike "*/$($measured.Made.Id)"
        ($measured.Made | ConvertTo-Json -Depth 3 -Compress) | Should -Be ($measured.Read | ConvertTo-Json -Depth 3 -Compress)
    }

    It 'a sandbox started with --create-answer id answers so from the start' {
        $idOnly = Start-TestSandbox -ArgumentList '--create-answer', 'id'
        try {
            (Invoke-TestSandboxHttp -Sandbox $idOnly -Path '_sandbox/settings').Body | ConvertFrom-Json | ForEach-Object CreateAnswer | Should -Be 'IdOnly'
            $connection = Connect-TestSandbox -Sandbox $idOnly -PassThru
            $made = New-VideoRoom -Name 'Id-only answer' -NumberOfParticipants 4 -Connection $connection -ErrorAction Stop
            $requests = @(Get-TestSandboxRequest -Sandbox $idOnly | Where-Object Path -Like '*/videorooms*')

            $requests.Method | Should -Be @('POST', 'GET')
            $made.Name | Should -Be 'Id-only answer'
        }
        finally {
            Stop-TestSandbox -Sandbox $idOnly
            Connect-TestSandbox -Sandbox $sandbox
        }
    }

    It 'refuses a setting it does not know, naming the ones it has' {
        $answer = Invoke-TestSandboxHttp -Sandbox $sandbox -Method POST -Path '_sandbox/settings' -Json @{ CreateAnswer = 'Full' }
        $answer.StatusCode | Should -Be 400
        $answer.Body | Should -Match 'Record or IdOnly'
    }
}
