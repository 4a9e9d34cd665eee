<#
    Start-NexudusSandbox and Stop-NexudusSandbox as a test file uses them: two sandboxes at once, each holding its
    own data on its own port; reset brings back what each started with; the options reach the sandbox; a sandbox
    ends with the PowerShell that started it, even one that was killed; a missing sandbox says how to install it.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $fixture = Join-Path $TestDrive 'fixture.json'
    @{
        Businesses      = @(@{ Id = 4242; Name = 'Fixture Coworking' })
        CommunityGroups = @(@{ BusinessId = 4242; UserId = 5001; Name = 'Fixture Only'; GroupAccess = 2 })
    } | ConvertTo-Json -Depth 5 | Set-Content -LiteralPath $fixture

    function Get-GroupName($Sandbox) {
        $connection = Connect-Nexudus -BaseUri $Sandbox.BaseUri -Credential $Sandbox.Credential -NoRateLimit -PassThru
        try { @(Get-CommunityGroup -Connection $connection | ForEach-Object Name | Sort-Object) }
        finally { Disconnect-Nexudus -Connection $connection }
    }

    function Test-PortOpen([int] $Port) {
        $client = [Net.Sockets.TcpClient]::new()
        try { $client.ConnectAsync('127.0.0.1', $Port).Wait(1000) } catch { $false } finally { $client.Dispose() }
    }
}

Describe 'Two sandboxes at once' {
    BeforeAll {
        $withFixture = Start-NexudusSandbox -Seed $fixture
        $withDemo = Start-NexudusSandbox
    }

    AfterAll {
        $withFixture, $withDemo | Where-Object { $_ } | Stop-NexudusSandbox
    }

    It 'listen on two loopback ports and sign in with the Credential they return' {
        $withFixture.BaseUri | Should -BeOfType [uri]
        $withFixture.BaseUri.Host | Should -Be '127.0.0.1'
        $withFixture.Port | Should -Not -Be $withDemo.Port
        $withFixture.Credential | Should -BeOfType [pscredential]
        $withFixture.Process.HasExited | Should -BeFalse
    }

    It 'hold only the fixture''s data, or the demo data' {
        Get-GroupName $withFixture | Should -Be @('Fixture Only')
        Get-GroupName $withDemo | Should -Be @('Book Club', 'Book Swap', 'Runners')
    }

    It 'come back to what each started with on POST /_sandbox/reset' {
        foreach ($sandbox in $withFixture, $withDemo) {
            $connection = Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -NoRateLimit -PassThru
            $business = (Get-NexudusBusiness -Connection $connection | Select-Object -First 1).Id
            New-CommunityGroup -Connection $connection -Name 'Added' -GroupAccess Public -BusinessId $business -ErrorAction Stop | Out-Null
            Get-CommunityGroup -Connection $connection | Select-Object -First 1 | Remove-CommunityGroup -Connection $connection -Force
            Disconnect-Nexudus -Connection $connection
        }
        Get-GroupName $withFixture | Should -Contain 'Added'
        Get-GroupName $withDemo | Should -Contain 'Added'

        foreach ($sandbox in $withFixture, $withDemo) { Invoke-RestMethod -Method Post -Uri "$($sandbox.BaseUri)_sandbox/reset" | Out-Null }

        Get-GroupName $withFixture | Should -Be @('Fixture Only')
        Get-GroupName $withDemo | Should -Be @('Book Club', 'Book Swap', 'Runners')
        # The fixture's business is back too (a fixture's Businesses replace the defaults).
        $connection = Connect-Nexudus -BaseUri $withFixture.BaseUri -Credential $withFixture.Credential -NoRateLimit -PassThru
        (Get-NexudusBusiness -Connection $connection).Name | Should -Be 'Fixture Coworking'
        Disconnect-Nexudus -Connection $connection
    }

    It 'stop, each port closed and each process gone, the other sandbox untouched until its turn' {
        $port = $withFixture.Port
        Stop-NexudusSandbox -Sandbox $withFixture

        $withFixture.Process.HasExited | Should -BeTrue
        Test-PortOpen $port | Should -BeFalse
        Get-GroupName $withDemo | Should -Contain 'Book Club'

        $withDemo | Stop-NexudusSandbox
        $withDemo.Process.HasExited | Should -BeTrue
        Test-PortOpen $withDemo.Port | Should -BeFalse
    }
}

Describe 'Start-NexudusSandbox options' {
    It 'listens on the -Port given, enforces limits when asked, and leaves out the demo data with -NoDemoData' {
        $listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
        $listener.Start(); $port = $listener.LocalEndpoint.Port; $listener.Stop()
        $sandbox = Start-NexudusSandbox -Port $port -EnforceLimits -TimeScale 10 -WritesPerDay 2500 -NoDemoData
        try {
            $sandbox.Port | Should -Be $port
            $limits = Invoke-RestMethod -Uri "$($sandbox.BaseUri)_sandbox/limits"
            $limits.WritesPerDay | Should -Be 2500
            $limits.Scale | Should -Be 10
            Get-GroupName $sandbox | Should -BeNullOrEmpty
        }
        finally {
            $sandbox | Stop-NexudusSandbox
        }
    }

    It 'takes a fixture whose path holds spaces and quotes' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive "a folder with 'quotes' and spaces")
        Copy-Item -LiteralPath $fixture -Destination $folder
        $sandbox = Start-NexudusSandbox -Seed (Join-Path $folder 'fixture.json')
        try {
            Get-GroupName $sandbox | Should -Be @('Fixture Only')
        }
        finally {
            $sandbox | Stop-NexudusSandbox
        }
    }

    It 'runs a sandbox program given with -Path, as the dotnet tool''s nexudus-sandbox is run' {
        if ($IsWindows -or $PSVersionTable.PSEdition -eq 'Desktop') { Set-ItResult -Skipped -Because 'the stand-in program is a shell script'; return }
        # A stand-in for the tool's shim: a program of its own that runs the sandbox with the arguments it is given.
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'tools')
        $dll = Join-Path (Get-Module NexudusCommunity).ModuleBase 'Sandbox/NexudusCommunity.Sandbox.dll'
        $program = Join-Path $folder 'nexudus-sandbox'
        Set-Content -LiteralPath $program -Value "#!/bin/sh`nexec dotnet '$dll' `"`$@`""
        chmod +x $program

        $sandbox = Start-NexudusSandbox -Path $folder -Seed $fixture
        try {
            $sandbox.Program | Should -Be $program
            Get-GroupName $sandbox | Should -Be @('Fixture Only')
        }
        finally {
            $sandbox | Stop-NexudusSandbox
        }
        $sandbox.Process.HasExited | Should -BeTrue
    }

    It 'says how to install the sandbox when there is none where it looks' {
        { Start-NexudusSandbox -Path (Join-Path $TestDrive 'no-sandbox-here') } |
            Should -Throw -ExpectedMessage '*dotnet tool install --global NexudusCommunity.Sandbox*'
    }

    It 'names a fixture file that does not exist, and starts nothing' {
        { Start-NexudusSandbox -Seed (Join-Path $TestDrive 'missing.json') } | Should -Throw -ExpectedMessage "*-Seed*missing.json*"

        if ($PSVersionTable.PSEdition -eq 'Core') {
            # Every sandbox this file started is stopped by now: one started for this PowerShell would be the missing fixture's.
            @(Get-Process | Where-Object { $_.CommandLine -like "*NexudusCommunity.Sandbox*--parent-pid $PID*" }).Count | Should -Be 0
        }
    }

    It 'reports a sandbox that fails to start, with what it said' {
        $broken = Join-Path $TestDrive 'broken.json'
        Set-Content -LiteralPath $broken -Value '{ "CommunityGroups": [ { "Id": '
        { Start-NexudusSandbox -Seed $broken } | Should -Throw -ExpectedMessage '*ended with exit code 1*not valid*'
    }
}

Describe 'A sandbox left running by a PowerShell that was killed' {
    It 'ends on its own within seconds' {
        $info = Join-Path $TestDrive 'sandbox.txt'
        $manifest = Join-Path (Get-Module NexudusCommunity).ModuleBase 'NexudusCommunity.psd1'
        $script = "Import-Module '$manifest'; `$s = Start-NexudusSandbox; Set-Content -LiteralPath '$info' -Value `$s.Process.Id, `$s.Port; Start-Sleep -Seconds 300"
        $self = (Get-Process -Id $PID).Path
        $arguments = @('-NoProfile', '-NonInteractive', '-Command', $script)
        if ([IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') { $arguments = @(Join-Path $PSHOME 'pwsh.dll') + $arguments }
        $session = Start-Process -FilePath $self -ArgumentList $arguments -PassThru -RedirectStandardOutput (Join-Path $TestDrive 'out.txt')
        try {
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while (-not (Test-Path -LiteralPath $info) -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 200 }
            Start-Sleep -Milliseconds 200
            $sandboxId, $port = [int[]] @(Get-Content -LiteralPath $info)
            $sandboxProcess = Get-Process -Id $sandboxId
            Test-PortOpen $port | Should -BeTrue

            $session.Kill()              # as a crash would: no finally, no AfterAll, no Stop-NexudusSandbox
            $session.WaitForExit()

            $sandboxProcess.WaitForExit(10000) | Should -BeTrue -Because 'the sandbox watches the PowerShell that started it'
            Test-PortOpen $port | Should -BeFalse
        }
        finally {
            if (-not $session.HasExited) { $session.Kill() }
            if ($sandboxProcess -and -not $sandboxProcess.HasExited) { $sandboxProcess.Kill() }
        }
    }
}
