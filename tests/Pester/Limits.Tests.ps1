<#
    The published budgets beyond the minute, against the local API sandbox enforcing them with scaled-down windows:
    a job larger than the hour budget waits for the hour instead of being throttled, and one larger than a daily
    budget stops before sending with one error saying what was done and when the budget renews. Also the shapes
    of "slow down" and "Ooops" the sandbox answers with, which a user's own offline tests meet.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Budgets beyond the minute' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Disconnect-Nexudus
    }

    AfterEach {
        Clear-TestSandboxLimit -Sandbox $sandbox
    }

    It 'a job larger than the hour budget waits for the hour: every record made, nothing throttled, the wait shown as a countdown' {
        # An "hour" of 3 s holding 12 requests; the minute's limits stay as published.
        Set-TestSandboxLimit -Sandbox $sandbox -Setting @{ PerHour = 12; HourWindowSeconds = 3 }
        $c = Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential -BusinessId $demo.Business1 -RequestsPerHour 12 -HourWindow 00:00:03 -PassThru

        # Signing in costs 2 or 3 requests and each create one (its answer holds the record): the last creates wait
        # for the first requests to age out.
        $run = Invoke-TestRunspace {
            param($c)
            1..12 | ForEach-Object { [pscustomobject]@{ Name = "Hourly $_" } } | New-CommunityGroup -UserId $demo.User1 -Connection $c -Verbose | Out-Null
        } -ArgumentList $c

        $run.Errors | Should -BeNullOrEmpty
        @(Get-CommunityGroup -Name 'Hourly *' -Connection $c).Count | Should -Be 12
        (Get-TestSandboxStat -Sandbox $sandbox).ThrottledCount | Should -Be 0
        $run.Verbose | Where-Object { $_ -like 'Pacing: waiting * to stay within 12 requests per 3 s*' } | Should -Not -BeNullOrEmpty
        $waits = @($run.Progress | Where-Object Activity -EQ 'Waiting for the Nexudus API')
        $waits | Where-Object { $_.StatusDescription -like '*to stay within 12 requests per 3 s*' -and $_.SecondsRemaining -in 1..3 } |
            Should -Not -BeNullOrEmpty -Because 'the wait counts down at the prompt, never looking like a hang'
        $waits[-1].RecordType | Should -Be 'Completed'
    }

    It 'stops at once when stopped (Ctrl+C) while a create waits for its slot, and sends it not' {
        # One write a minute: the first create goes at once, the second waits for its slot (a create that ignored the
        # stop would end after that minute, sent).
        $c = Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential -BusinessId $demo.Business1 -WritesPerMinute 1 -RateLimitWindow 00:01:00 -PassThru
        New-CommunityGroup -UserId $demo.User1 -Name 'First' -Connection $c | Out-Null

        $run = Invoke-TestRunspace { param($c, $owner) New-CommunityGroup -UserId $owner -Name 'Never sent' -Connection $c -Verbose } -ArgumentList $c, $demo.User1 `
            -StopAfter 00:00:30 -StopAtVerbose 'Pacing: waiting*'

        $run.Verbose | Where-Object { $_ -like 'Pacing: waiting*' } | Should -Not -BeNullOrEmpty -Because 'it was stopped in the wait'
        $run.State | Should -Be 'Stopped'
        $run.StopTook | Should -BeLessThan ([timespan] '00:00:05')
        (Get-CommunityGroup -Connection $c).Name | Should -Be @('First')
    }

    It 'a job larger than the daily write budget stops before sending, with one error: done, not sent, renewal time' {
        Set-TestSandboxLimit -Sandbox $sandbox -Setting @{ WritesPerDay = 5; DayWindowSeconds = 600 }
        Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential -BusinessId $demo.Business1 -WritesPerDay 5 -DayWindow 00:10:00
        Clear-TestSandboxRequest -Sandbox $sandbox

        $made = [System.Collections.Generic.List[object]]::new()
        $stop = $null
        try {
            1..8 | ForEach-Object { [pscustomobject]@{ Name = "Daily $_" } } | New-CommunityGroup -UserId $demo.User1 | ForEach-Object { $made.Add($_) }
        }
        catch {
            $stop = $_
        }

        $made.Count | Should -Be 5
        @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 5 -Because 'the 6th write is never sent'
        (Get-TestSandboxStat -Sandbox $sandbox).ThrottledCount | Should -Be 0
        $stop | Should -Not -BeNullOrEmpty
        $stop.CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $stop.FullyQualifiedErrorId | Should -BeLike 'NexudusBudgetSpent*'
        $stop.Exception.Message | Should -BeLike "New-CommunityGroup stopped before sending: 5 records were done; this one and any after it were not sent. new CommunityGroup 'Daily 6': not sent: the budget of 5 writes per 10 min is spent (5 sent in the last 10 min by this connection). It renews from * (in * min*) as the earliest of them age out, fully by *."
    }

    It 'reads go on when only the write budget is spent' {
        Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential -BusinessId $demo.Business1 -WritesPerDay 1 -DayWindow 01:00:00
        New-CommunityGroup -UserId $demo.User1 -Name 'Only one' | Out-Null

        { New-CommunityGroup -UserId $demo.User1 -Name 'One too many' -ErrorAction Stop } | Should -Throw -ExpectedMessage '*the budget of 1 write per 1 h is spent*'
        @(Get-CommunityGroup).Name | Should -Be @('Only one')
    }

    It 'refuses a window of <Value> for -<Parameter>, naming it' -ForEach @(
        @{ Parameter = 'HourWindow'; Value = '00:00:00' }
        @{ Parameter = 'DayWindow'; Value = '-00:00:01' }
    ) {
        $arguments = @{ BaseUri = $sandbox.BaseUri; Credential = $sandbox.AdminCredential; $Parameter = [timespan] $Value }

        $refused = { Connect-Nexudus @arguments } | Should -Throw -PassThru

        $refused.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $refused.Exception.Message | Should -BeLike "$($Parameter): must be longer than zero*"
    }
}

Describe 'The sandbox''s throttled and failed answers' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
    }

    AfterEach {
        Clear-TestSandboxLimit -Sandbox $sandbox
        $null = Set-TestSandboxFault -Sandbox $sandbox
    }

    It 'throttles as the API does by default: 409, its reason phrase, Retry-After 1, an empty body' {
        Set-TestSandboxLimit -Sandbox $sandbox -Setting @{ MinIntervalMs = 60000 }
        $null = Invoke-TestSandboxHttp -Sandbox $sandbox -Path 'api/community/communitygroups' -Credential $sandbox.AdminCredential

        $throttled = Invoke-TestSandboxHttp -Sandbox $sandbox -Path 'api/community/communitygroups' -Credential $sandbox.AdminCredential

        $throttled.StatusCode | Should -Be 409
        $throttled.ReasonPhrase | Should -BeExactly 'You must wait before accessing this url again.'
        [int] $throttled.Headers['Retry-After'] | Should -BeGreaterOrEqual 1
        $throttled.ContentLength | Should -Be 0
        $throttled.Body | Should -BeNullOrEmpty
    }

    It 'can throttle as live clients report: 429, no Retry-After, "Wait N seconds" in the body' {
        $null = Set-TestSandboxFault -Sandbox $sandbox -Setting @{ ThrottleEveryNth = 1; ThrottleStatus = 429; ThrottleRetryAfter = 'None'; ThrottleBody = 'Text'; RetryAfterSeconds = 3 }

        $throttled = Invoke-TestSandboxHttp -Sandbox $sandbox -Path 'api/community/communitygroups' -Credential $sandbox.AdminCredential

        $throttled.StatusCode | Should -Be 429
        $throttled.Headers.ContainsKey('Retry-After') | Should -BeFalse
        $throttled.Body | Should -BeExactly 'Wait 3 seconds'
    }

    It 'can give Retry-After as a date' {
        $null = Set-TestSandboxFault -Sandbox $sandbox -Setting @{ ThrottleEveryNth = 1; ThrottleRetryAfter = 'Date'; RetryAfterSeconds = 30 }

        $throttled = Invoke-TestSandboxHttp -Sandbox $sandbox -Path 'api/community/communitygroups' -Credential $sandbox.AdminCredential

        $due = [DateTimeOffset]::ParseExact($throttled.Headers['Retry-After'], 'r', [cultureinfo]::InvariantCulture)
        ($due - [DateTimeOffset]::UtcNow).TotalSeconds | Should -BeGreaterThan 25
    }

    It 'counts an hour budget with a scaled window, and says how long until there is room' {
        Set-TestSandboxLimit -Sandbox $sandbox -Setting @{ MinIntervalMs = 0; PerHour = 2; HourWindowSeconds = 20 }

        $statuses = 1..3 | ForEach-Object { Invoke-TestSandboxHttp -Sandbox $sandbox -Path 'api/community/communitygroups' -Credential $sandbox.AdminCredential }

        $statuses.StatusCode | Should -Be @(200, 200, 409)
        [int] $statuses[2].Headers['Retry-After'] | Should -BeIn (19, 20)
    }

    It 'answers generic 500 bursts with no Nexudus envelope, and does nothing with them' {
        $null = Set-TestSandboxFault -Sandbox $sandbox -Setting @{ GenericErrorEveryNth = 2; GenericErrorBurst = 2 }

        $answers = 1..4 | ForEach-Object {
            Invoke-TestSandboxHttp -Sandbox $sandbox -Method POST -Path 'api/community/communitygroups' -Credential $sandbox.AdminCredential -Json @{ Name = "Burst $_"; BusinessId = $demo.Business1; UserId = $demo.User1 }
        }

        $answers.StatusCode | Should -Be @(200, 500, 500, 200)
        $answers[1].ContentType | Should -Be 'text/html'
        $answers[1].Body | Should -BeLike '*Ooops! There was a problem...*'
        { $answers[1].Body | ConvertFrom-Json } | Should -Throw
        (Get-TestSandboxStat -Sandbox $sandbox).Records.CommunityGroup | Should -Be 2
    }

    It 'refuses a setting that makes no sense, naming it' {
        $answer = Invoke-TestSandboxHttp -Sandbox $sandbox -Method POST -Path '_sandbox/faults' -Json @{ ThrottleEveryNth = 3; ThrottleStatus = 500 }

        $answer.StatusCode | Should -Be 400
        $answer.Body | Should -BeLike '*ThrottleStatus must be 409*or 429, not 500*'
    }
}
