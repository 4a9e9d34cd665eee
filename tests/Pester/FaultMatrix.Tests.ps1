<#
    The fault matrix. Under each fault the sandbox can inject, a bulk job of 200 creates, then updates, then deletes
    ends with every record done exactly once or reported once as an error: nothing lost, nothing duplicated, errors =
    records not done. Only a verdict (200 with WasSuccessful false) may leave errors: every other fault is ridden out,
    creates included (sent again only when a check shows the server did not make the record). Then 30 piped creates
    under each throttle shape the API and live clients send (real waits), and the other transient faults: 30 records,
    none twice, no error.

    The jobs mostly wait (Retry-After, backoff, latency), so they run in four lanes at once (ForEach-Object
    -Parallel; one after another in Windows PowerShell), each lane a runspace with a sandbox of its own (faults are
    per sandbox); each test then checks its job's outcome. What the sandbox
    holds is read between a job's phases with the faults off (they would hit those reads too), so each phase restarts
    the faults' counters, and "Faults met" sums the phases. After the tests, the outcomes print as two tables in a
    stable format, which the release notes quote:
      | Fault | Records | Created | Create errors | Updated | Update errors | Deleted | Delete errors | Faults met |
      | Fault | Records | Created | Duplicates | Errors | Faults met |
#>

BeforeDiscovery {
    # Seconds: roughly how long the job takes alone (2 unless given), to share the lanes out evenly.
    $bulk = @(
        @{ Name = 'none'; Fault = @{} }
        @{ Name = 'latency'; Fault = @{ LatencyMs = 3 }; Seconds = 9 }
        @{ Name = 'throttle409'; Fault = @{ RetryAfterSeconds = 0; ThrottleEveryNth = 7 } }
        @{ Name = 'throttle429'; Fault = @{ RetryAfterSeconds = 0; ThrottleStatus = 429; ThrottleEveryNth = 6 } }
        @{ Name = 'server503'; Fault = @{ ServerErrorEveryNth = 9 }; Seconds = 3 }
        @{ Name = 'server500AfterProcessing'; Fault = @{ ServerErrorAfterProcessingEveryNth = 11 } }
        @{ Name = 'dropConnection'; Fault = @{ DropConnectionEveryNth = 13 } }
        @{ Name = 'dropAfterProcessing'; Fault = @{ DropAfterProcessingEveryNth = 12 } }
        @{ Name = 'malformedJson'; Fault = @{ MalformedJsonEveryNth = 5 } }
        @{ Name = 'htmlGateway'; Fault = @{ HtmlErrorEveryNth = 8 } }
        # The server's verdict on a record: the one fault that may, and must, leave errors.
        @{ Name = 'unsuccessful200'; Fault = @{ UnsuccessfulEveryNth = 10 }; Verdict = $true }
        @{ Name = 'throttle429WaitText'; Fault = @{ RetryAfterSeconds = 0; ThrottleStatus = 429; ThrottleRetryAfter = 'None'; ThrottleBody = 'Text'; ThrottleEveryNth = 7 } }
        @{ Name = 'throttle429WaitJson'; Fault = @{ RetryAfterSeconds = 0; ThrottleStatus = 429; ThrottleRetryAfter = 'None'; ThrottleBody = 'Json'; ThrottleEveryNth = 7 } }
        @{ Name = 'throttle429Bare'; Fault = @{ ThrottleStatus = 429; ThrottleRetryAfter = 'None'; ThrottleEveryNth = 7 } }
        # Each waits up to a second: the date has whole seconds.
        @{ Name = 'throttle409RetryAfterDate'; Fault = @{ RetryAfterSeconds = 0; ThrottleRetryAfter = 'Date'; ThrottleEveryNth = 80 }; Seconds = 13 }
        @{ Name = 'server503Every7th'; Fault = @{ ServerErrorEveryNth = 7 } }
        @{ Name = 'generic500Bursts'; Fault = @{ GenericErrorEveryNth = 10; GenericErrorBurst = 3 }; Seconds = 5 }
    )
    $thirty = @(
        # 409, the API's reason phrase, Retry-After: 1, an empty body
        # Every 6th: a create is one request (its answer holds the record), and throttled answers do not count.
        @{ Name = 'vendor409'; Fault = @{ ThrottleEveryNth = 6 }; Seconds = 9 }
        @{ Name = 'throttle429WaitText'; Fault = @{ ThrottleStatus = 429; ThrottleRetryAfter = 'None'; ThrottleBody = 'Text'; ThrottleEveryNth = 6 }; Seconds = 11 }
        @{ Name = 'throttle429WaitJson'; Fault = @{ ThrottleStatus = 429; ThrottleRetryAfter = 'None'; ThrottleBody = 'Json'; ThrottleEveryNth = 6 }; Seconds = 11 }
        @{ Name = 'throttle429Bare'; Fault = @{ ThrottleStatus = 429; ThrottleRetryAfter = 'None'; ThrottleEveryNth = 6 } }
        @{ Name = 'throttle409RetryAfterDate'; Fault = @{ ThrottleRetryAfter = 'Date'; ThrottleEveryNth = 6 }; Seconds = 18 }
        @{ Name = 'server503Every7th'; Fault = @{ ServerErrorEveryNth = 7 } }
        @{ Name = 'generic500Bursts'; Fault = @{ GenericErrorEveryNth = 7; GenericErrorBurst = 2 }; Seconds = 6 }
        @{ Name = 'htmlGateway502Every7th'; Fault = @{ HtmlErrorEveryNth = 7 } }
        @{ Name = 'dropConnectionEvery7th'; Fault = @{ DropConnectionEveryNth = 7 } }
    )
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    function Invoke-FaultJob {
        # One job against one sandbox, in whichever runspace runs it: its outcome, or the error that stopped it.
        param([Parameter(Mandatory)] $Sandbox, [Parameter(Mandatory)] [hashtable] $Job)

        function Set-Fault { $null = Set-TestSandboxFault -Sandbox $Sandbox -Setting $Job.Fault }
        function Stop-Fault {
            # Turns the faults off (which zeroes their count): how many were injected since they were set.
            $met = (Get-TestSandboxStat -Sandbox $Sandbox).FaultsInjected
            Set-TestSandboxFault -Sandbox $Sandbox -Clear
            $met
        }
        function Get-ServerGroup([string] $Query) {
            # The groups the sandbox holds, read past the module (faults off).
            $answer = Invoke-TestSandboxHttp -Sandbox $Sandbox -Path "api/community/communitygroups?size=1000&$Query" -Credential $Sandbox.AdminCredential
            if ($answer.StatusCode -ne 200) { throw "The sandbox answered $($answer.StatusCode): $($answer.Body)" }
            @(($answer.Body | ConvertFrom-Json).Records)
        }

        $outcome = @{ Kind = $Job.Kind; Name = $Job.Name }
        try {
            Set-TestSandboxFault -Sandbox $Sandbox -Clear
            Reset-TestSandbox -Sandbox $Sandbox
            $connect = @{ BaseUri = $Sandbox.BaseUri; Credential = $Sandbox.AdminCredential; BusinessId = $Sandbox.Demo.Business1; NoRateLimit = $true }
            # The bulk job retries briskly; the thirty creates wait as a user's job would, by the default backoff.
            if ($Job.Kind -eq 'bulk') { $connect += @{ RetryBaseDelay = '00:00:00.005'; MaxRetries = 8 } }
            Connect-Nexudus @connect
            $prefix = if ($Job.Kind -eq 'bulk') { 'Job' } else { 'Thirty' }

            Set-Fault
            $made = 1..$Job.Records | ForEach-Object { [pscustomobject]@{ Name = "$prefix $_"; UserId = $Sandbox.Demo.User1 } } |
                New-CommunityGroup -ErrorAction SilentlyContinue -ErrorVariable failed
            $outcome.Returned = @($made).Count
            $outcome.CreateErrors = @($failed).Count
            $outcome.Met = Stop-Fault
            $outcome.Stored = @((Get-ServerGroup -Query "CommunityGroup_Name=$prefix").Name)
            if ($Job.Kind -ne 'bulk') { return }

            Set-Fault
            Get-CommunityGroup -Name 'Job *' | Set-CommunityGroup -Description 'updated' -ErrorAction SilentlyContinue -ErrorVariable failed
            $outcome.UpdateErrors = @($failed).Count
            $outcome.Met += Stop-Fault
            $outcome.Updated = @(Get-ServerGroup -Query 'CommunityGroup_Description=updated').Count

            Set-Fault
            Get-CommunityGroup -Name 'Job *' | Remove-CommunityGroup -Force -ErrorAction SilentlyContinue -ErrorVariable failed
            $outcome.DeleteErrors = @($failed).Count
            $outcome.Met += Stop-Fault
            $outcome.Left = @(Get-ServerGroup).Count
        }
        catch {
            $outcome.Error = "$_"
        }
        finally {
            [pscustomobject] $outcome
        }
    }

    function Write-Table([string] $Title, [string[]] $Header, $Rows) {
        Write-Host ''
        Write-Host $Title
        Write-Host ('| ' + ($Header -join ' | ') + ' |')
        Write-Host ('|' + (($Header | ForEach-Object { '---' }) -join '|') + '|')
        foreach ($row in $Rows) { Write-Host ('| ' + ($row -join ' | ') + ' |') }
    }
}

Describe 'The fault matrix' -ForEach @(@{ Bulk = $bulk; Thirty = $thirty }) {
    BeforeAll {
        $lanes = 4
        $jobs = @(
            $Bulk | ForEach-Object { $_ + @{ Kind = 'bulk'; Records = 200 } }
            $Thirty | ForEach-Object { $_ + @{ Kind = 'thirty'; Records = 30 } }
        )
        # The longest jobs first, each to the lane with the least work so far.
        $load = @(0) * $lanes
        foreach ($job in @($jobs | Sort-Object { if ($_.Seconds) { $_.Seconds } else { 2 } } -Descending)) {
            $lane = 0
            foreach ($other in 1..($lanes - 1)) { if ($load[$other] -lt $load[$lane]) { $lane = $other } }
            $job.Lane = $lane
            $load[$lane] += $(if ($job.Seconds) { $job.Seconds } else { 2 })
        }
        $sandboxes = @(1..$lanes | ForEach-Object { Start-TestSandbox })
        $helpers = Join-Path $PSScriptRoot 'TestHelpers.psm1'
        $runner = ${function:Invoke-FaultJob}.ToString()

        $outcomes = @{}
        $done = if ($PSVersionTable.PSVersion.Major -ge 7) {
            0..($lanes - 1) | ForEach-Object -ThrottleLimit $lanes -Parallel {
                Import-Module $using:helpers
                ${function:Invoke-FaultJob} = [scriptblock]::Create($using:runner)
                $lane = $_
                foreach ($job in $using:jobs) {
                    if ($job.Lane -eq $lane) { Invoke-FaultJob -Sandbox ($using:sandboxes)[$lane] -Job $job }
                }
            }
        }
        else {
            # Windows PowerShell has no ForEach-Object -Parallel: the same jobs, one after another.
            foreach ($job in $jobs) { Invoke-FaultJob -Sandbox $sandboxes[$job.Lane] -Job $job }
        }
        foreach ($outcome in $done) { $outcomes["$($outcome.Kind)/$($outcome.Name)"] = $outcome }
    }

    AfterAll {
        foreach ($sandbox in $sandboxes) { Stop-TestSandbox -Sandbox $sandbox }
    }

    Context 'A bulk job of 200 creates, updates and deletes' {
        AfterAll {
            $rows = foreach ($job in $Bulk) {
                $o = $outcomes["bulk/$($job.Name)"]
                if ($o.Error) { , @($job.Name, 200, "failed: $($o.Error)") }
                else { , @($job.Name, 200, $o.Stored.Count, $o.CreateErrors, $o.Updated, $o.UpdateErrors, ($o.Stored.Count - $o.Left), $o.DeleteErrors, $o.Met) }
            }
            Write-Table -Title 'Fault matrix: a bulk job of 200 creates, then updates, then deletes, under each fault' `
                -Header 'Fault', 'Records', 'Created', 'Create errors', 'Updated', 'Update errors', 'Deleted', 'Delete errors', 'Faults met' -Rows $rows
        }

        It 'reconciles exactly under <Name>' -ForEach $bulk {
            $o = $outcomes["bulk/$Name"]

            $o.Error | Should -BeNullOrEmpty
            @($o.Stored | Sort-Object -Unique).Count | Should -Be $o.Stored.Count -Because 'nothing is duplicated'
            $o.Stored.Count + $o.CreateErrors | Should -Be 200 -Because 'nothing is lost: each record made or reported'
            $o.Returned | Should -Be $o.Stored.Count -Because 'every record made is returned'
            $o.Updated + $o.UpdateErrors | Should -Be $o.Stored.Count
            $o.Left | Should -Be $o.DeleteErrors
            if (-not $Verdict) {
                "$($o.CreateErrors) $($o.UpdateErrors) $($o.DeleteErrors)" | Should -Be '0 0 0' -Because 'a passing fault is ridden out'
            }
        }
    }

    Context 'Thirty piped creates under each throttle shape and transient fault' {
        AfterAll {
            $rows = foreach ($job in $Thirty) {
                $o = $outcomes["thirty/$($job.Name)"]
                if ($o.Error) { , @($job.Name, 30, "failed: $($o.Error)") }
                else { , @($job.Name, 30, $o.Stored.Count, ($o.Stored.Count - @($o.Stored | Sort-Object -Unique).Count), $o.CreateErrors, $o.Met) }
            }
            Write-Table -Title 'Fault matrix: 30 piped creates under each throttle shape (real waits) and transient fault' `
                -Header 'Fault', 'Records', 'Created', 'Duplicates', 'Errors', 'Faults met' -Rows $rows
        }

        It 'ends with thirty records, none twice, no error under <Name>' -ForEach $thirty {
            $o = $outcomes["thirty/$Name"]

            $o.Error | Should -BeNullOrEmpty
            $twice = $o.Stored.Count - @($o.Stored | Sort-Object -Unique).Count
            "$($o.Stored.Count) records, $twice twice, $($o.CreateErrors) errors, $($o.Returned) returned" |
                Should -Be '30 records, 0 twice, 0 errors, 30 returned'
            $o.Met | Should -BeGreaterOrEqual 5 -Because 'the faults must have been met'
        }
    }
}
