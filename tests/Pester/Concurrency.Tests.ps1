<#
    Several runspaces at once, as ForEach-Object -Parallel runs them: one connection shared by them keeps one pace
    (the server's limits hold for all of them together), and each runspace has a default connection of its own.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
    $manifest = Join-Path (Get-Module NexudusCommunity).ModuleBase 'NexudusCommunity.psd1'
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

# Windows PowerShell has no ForEach-Object -Parallel.
Describe 'ForEach-Object -Parallel' -Skip:($PSVersionTable.PSVersion.Major -lt 7) {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Disconnect-Nexudus
    }

    AfterEach {
        Clear-TestSandboxLimit -Sandbox $sandbox
    }

    It 'four runspaces creating through one connection stay within its limits together: nothing throttled' {
        # The published limits ten times faster (10 ms apart, 120 requests and 60 writes per 6 s), enforced.
        Set-TestSandboxLimit -Sandbox $sandbox -Setting @{ Scale = 10 }
        $c = Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential -BusinessId $demo.Business1 -PassThru `
            -MinRequestInterval 00:00:00.010 -RequestsPerMinute 120 -WritesPerMinute 60 -RateLimitWindow 00:00:06

        $owner = $demo.User1
        $names = @(1..4 | ForEach-Object -ThrottleLimit 4 -Parallel {
                Import-Module $using:manifest
                $worker = $_
                1..10 | ForEach-Object { New-CommunityGroup -Name "Worker $worker item $_" -UserId $using:owner -Connection $using:c }
            } | ForEach-Object Name)

        $names.Count | Should -Be 40
        @($names | Sort-Object -Unique).Count | Should -Be 40
        (Get-TestSandboxStat -Sandbox $sandbox).Records.CommunityGroup | Should -Be 40
        (Get-TestSandboxStat -Sandbox $sandbox).ThrottledCount | Should -Be 0
    }

    It 'each runspace has its own default connection' {
        Connect-TestSandbox -Sandbox $sandbox

        $seen = @(1 | ForEach-Object -Parallel {
                Import-Module $using:manifest
                try { Get-NexudusConnection -ErrorAction Stop | Out-Null; 'connected' } catch { 'not connected' }
                Connect-Nexudus -BaseUri ($using:sandbox).BaseUri -Credential ($using:sandbox).ReaderCredential -NoRateLimit
                (Get-NexudusConnection).UserName
            })

        $seen | Should -Be @('not connected', 'reader@example.com')
        (Get-NexudusConnection).UserName | Should -Be 'admin@example.com'
    }
}
