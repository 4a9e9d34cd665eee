<#
.SYNOPSIS
    Build, test, package, demo or benchmark NexudusCommunity: the commands CI runs (.ci/run), in one place.
.DESCRIPTION
    Tasks run in the order given. The first step that fails stops the script with exit code 1.

      Build    dotnet build CommunityPs.sln: the importable module in out/NexudusCommunity, the sandbox, the tests.
      Test     Build (unless done already), then the xUnit suite (dotnet test) and the Pester suite (tests/Pester)
               in a new process of this same PowerShell, with Pester 5.7.1 from NuGet. Prints each suite's counts,
               then the total as "N passed, N failed".
      Package  out/packages: the PowerShell Gallery package of the module and the sandbox as a dotnet tool
               (always Release).
      Demo     Starts the local API sandbox and runs examples/Quickstart.ps1 (or -Script) against it in a new process
               of this same PowerShell; builds the module and the sandbox first unless Build ran.
      Bench    The pacing benchmark (bench/NexudusCommunity.Bench): creates against a sandbox enforcing the limits;
               then the read benchmark (bench/Read-Benchmark.ps1): the cost per record and the first sign-in, as
               ratios to a plain HttpClient in the same pwsh. -BenchRecords makes both short (for CI).

    Nothing this script sets reaches what it runs: the tests, the demo script and every tool start as processes of
    their own, with their own defaults (no $ErrorActionPreference = 'Stop' inside Invoke-Pester), and the caller's
    location is restored at the end.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Task Demo
    On a machine with only the .NET SDK: the pinned PowerShell, then the quickstart against the local sandbox.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1
    Build, then Test: both suites, ending with the line "N passed, N failed".
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Demo -Script examples/Runbook-BookClubs.ps1 -Seed examples/sandbox-fixture.json
    Runs the example runbook against a sandbox that holds only the fixture's data.
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Package
    out/packages/NexudusCommunity.<version>.nupkg (for Publish-Module/Install-Module) and the sandbox tool package.
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Demo', 'Bench')]
    [string[]] $Task = @('Build', 'Test'),

    # For Build, Test, Demo and Bench. Package always builds Release: a Gallery package is never a Debug build.
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug',

    # Demo: the script to run against the sandbox; it is given -BaseUri and -Credential. examples/Quickstart.ps1 by default.
    [string] $Script,

    # Demo: a sandbox fixture (sections Businesses, Users, CommunityGroups, VideoRooms); the sandbox then starts with
    # only its data.
    [string] $Seed,

    # Bench: how many groups to create (the benchmark's own default is 300).
    [ValidateRange(1, 100000)]
    [int] $BenchRecords
)

# These stay in this script: everything it runs is a process of its own, which starts with its own defaults.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
# Exit codes are checked by hand below; PowerShell 7.4+ must not also turn them into errors of its own.
$PSNativeCommandUseErrorActionPreference = $false

$SandboxAdmin = @{ UserName = 'admin@example.com'; Password = 'Sandbox-Pa55!' } # printed by the sandbox at start
$ModuleManifest = Join-Path $PSScriptRoot 'out/NexudusCommunity/NexudusCommunity.psd1'
$script:SolutionBuilt = $false

function Invoke-Dotnet {
    # The arguments come as one array: a function taking them as remaining arguments would bind "-o" to its own
    # -OutVariable/-OutBuffer ("parameter name 'o' is ambiguous").
    param([Parameter(Mandatory)] [string[]] $Arguments)
    Write-Host "dotnet $($Arguments -join ' ')" -ForegroundColor Cyan
    & dotnet @Arguments | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE." }
}

function Invoke-ThisPowerShell {
    # A new process of the PowerShell running this script (pwsh, powershell.exe, or the dotnet tool's pwsh.dll, whose
    # process is the dotnet host), without profile. Returns its exit code.
    param([Parameter(Mandatory)] [string[]] $Arguments)
    $self = (Get-Process -Id $PID).Path
    $prefix = @()
    if ([System.IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') { $prefix = @(Join-Path $PSHOME 'pwsh.dll') }
    # -OutputFormat Text: errors as text; with -EncodedCommand they would otherwise come as CLIXML.
    & $self @($prefix + @('-NoProfile', '-NonInteractive', '-OutputFormat', 'Text') + $Arguments) | Out-Host
    $LASTEXITCODE
}

function Format-Counts {
    param([Parameter(Mandatory)] [string] $Suite, [Parameter(Mandatory)] $Counts)
    '{0,-22} {1} passed, {2} failed, {3} skipped' -f "${Suite}:", $Counts.Passed, $Counts.Failed, $Counts.Skipped
}

function Read-TrxCounts {
    # Counts from the TRX files of one dotnet test run: one result per test case (each theory row included).
    param([Parameter(Mandatory)] [string] $Folder)
    $counts = [pscustomobject]@{ Passed = 0; Failed = 0; Skipped = 0; Files = 0 }
    foreach ($file in @(Get-ChildItem -LiteralPath $Folder -Filter '*.trx' -File)) {
        $counts.Files++
        $trx = [xml] (Get-Content -LiteralPath $file.FullName -Raw)
        foreach ($result in $trx.SelectNodes("//*[local-name()='UnitTestResult']")) {
            switch ($result.GetAttribute('outcome')) {
                'Passed' { $counts.Passed++ }
                'NotExecuted' { $counts.Skipped++ }
                default { $counts.Failed++ }
            }
        }
    }
    $counts
}

function Invoke-BuildTask {
    Invoke-Dotnet @('build', 'CommunityPs.sln', '-c', $Configuration)
    $script:SolutionBuilt = $true
}

function Invoke-TestTask {
    if (-not $script:SolutionBuilt) { Invoke-BuildTask }
    $results = Join-Path $PSScriptRoot 'out/test-results'
    if (Test-Path -LiteralPath $results) { Remove-Item -LiteralPath $results -Recurse -Force }
    $null = New-Item -ItemType Directory -Path $results

    # xUnit: what Pester cannot reach (the API layer with scripted answers, the pacer's timing, the help generator, load-context isolation, layout).
    $xunitResults = Join-Path $results 'xunit'
    Write-Host "dotnet test CommunityPs.sln -c $Configuration --no-build" -ForegroundColor Cyan
    & dotnet test CommunityPs.sln -c $Configuration --no-build --logger trx --results-directory $xunitResults | Out-Host
    $xunitExit = $LASTEXITCODE
    $xunit = Read-TrxCounts -Folder $xunitResults
    if ($xunit.Files -eq 0) { throw "dotnet test wrote no results (exit code $xunitExit): the run did not start." }
    if ($xunitExit -ne 0 -and $xunit.Failed -eq 0) { $xunit.Failed = 1 } # it failed outside any test: never report green
    $lines = @(Format-Counts -Suite 'xUnit (dotnet test)' -Counts $xunit)
    $passed = $xunit.Passed
    $failed = $xunit.Failed

    if ($failed -eq 0) {
        # Pester 5.7.1 from NuGet: restoring the project that names it puts it in the package folder.
        Invoke-Dotnet @('restore', 'tests/Pester/PesterPackage.csproj', '-v', 'q')
        $pester = "$(& dotnet msbuild tests/Pester/PesterPackage.csproj -getProperty:PesterManifest -nologo)".Trim()
        if ($LASTEXITCODE -ne 0 -or -not $pester -or -not (Test-Path -LiteralPath $pester)) {
            throw "Pester is not where the restore should have put it ('$pester')."
        }
        $pesterResults = Join-Path $results 'pester.json'
        Write-Host "Pester: tests/Pester/Invoke-PesterSuite.ps1 in a new $($PSVersionTable.PSEdition) $($PSVersionTable.PSVersion) process" -ForegroundColor Cyan
        $pesterExit = Invoke-ThisPowerShell @('-File', (Join-Path $PSScriptRoot 'tests/Pester/Invoke-PesterSuite.ps1'),
            '-PesterManifest', $pester, '-ResultFile', $pesterResults)
        if (-not (Test-Path -LiteralPath $pesterResults)) { throw "The Pester suite did not run to the end (exit code $pesterExit)." }
        $pesterCounts = Get-Content -LiteralPath $pesterResults -Raw | ConvertFrom-Json
        if ($pesterExit -ne 0 -and $pesterCounts.Failed -eq 0) { $pesterCounts.Failed = 1 }
        $lines += Format-Counts -Suite "Pester ($($PSVersionTable.PSEdition) $($PSVersionTable.PSVersion))" -Counts $pesterCounts
        $passed += $pesterCounts.Passed
        $failed += $pesterCounts.Failed
    }
    else {
        $lines += 'Pester: not run (xUnit failed)'
    }

    Write-Host ''
    foreach ($line in $lines) { Write-Host $line }
    # The last line, the one .ci/run ends with: both suites summed.
    Write-Host "$passed passed, $failed failed"
    if ($failed -gt 0) { throw "Tests failed: $failed." }
}

function Invoke-PackageTask {
    Invoke-Dotnet @('pack', 'src/NexudusCommunity/NexudusCommunity.csproj', '-c', 'Release', '-o', 'out/packages')
    Invoke-Dotnet @('pack', 'src/NexudusCommunity.Sandbox/NexudusCommunity.Sandbox.csproj', '-c', 'Release', '-o', 'out/packages')
    Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot 'out/packages') -Filter '*.nupkg' | ForEach-Object { Write-Host "  $($_.FullName)" }
}

function Start-Sandbox {
    # The sandbox program on a free loopback port; returns its process and address once it listens.
    param([string] $Fixture)
    $bin = Join-Path $PSScriptRoot "src/NexudusCommunity.Sandbox/bin/$Configuration"
    $dll = @(Get-ChildItem -Path (Join-Path $bin '*/NexudusCommunity.Sandbox.dll') -File -ErrorAction SilentlyContinue |
            Sort-Object LastWriteTimeUtc -Descending) | Select-Object -First 1
    if (-not $dll) { throw "The sandbox is not built: no NexudusCommunity.Sandbox.dll under $bin." }
    $arguments = @($dll.FullName)
    if ($Fixture) { $arguments += @('--seed', $Fixture, '--no-demo-data') }

    $start = New-Object System.Diagnostics.ProcessStartInfo
    $start.FileName = (Get-Command -Name dotnet -CommandType Application | Select-Object -First 1).Source
    # One string, quoted: ProcessStartInfo.ArgumentList does not exist in Windows PowerShell's .NET Framework.
    $start.Arguments = ($arguments | ForEach-Object { '"' + $_ + '"' }) -join ' '
    $start.UseShellExecute = $false
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $process = [System.Diagnostics.Process]::Start($start)

    $first = $process.StandardOutput.ReadLineAsync()
    $listening = if ($first.Wait(60000) -and $null -ne $first.Result) { [regex]::Match($first.Result, 'listening on (\S+)') }
    if (-not $listening -or -not $listening.Success) {
        $exited = $process.HasExited
        if (-not $exited) { $process.Kill() }
        $errors = $process.StandardError.ReadToEnd().Trim()
        throw "The sandbox did not start$(if ($exited) { " (exit code $($process.ExitCode))" }): $errors"
    }
    Write-Host $first.Result
    # It then names its users and says "Press Ctrl+C to stop."; this script stops it itself.
    while ($true) {
        $next = $process.StandardOutput.ReadLineAsync()
        if (-not $next.Wait(10000) -or $null -eq $next.Result -or $next.Result -like 'Press Ctrl+C*') { break }
        Write-Host $next.Result
    }
    # Read the rest as it comes, so a full pipe never blocks it.
    $null = $process.StandardOutput.ReadToEndAsync()
    $null = $process.StandardError.ReadToEndAsync()
    [pscustomobject]@{ Process = $process; BaseUri = $listening.Groups[1].Value }
}

function Stop-Sandbox {
    param([Parameter(Mandatory)] $Sandbox)
    if (-not $Sandbox.Process.HasExited) {
        $Sandbox.Process.Kill()
        $null = $Sandbox.Process.WaitForExit(10000)
    }
    $Sandbox.Process.Dispose()
}

function ConvertTo-QuotedString {
    param([Parameter(Mandatory)] [string] $Text)
    "'" + $Text.Replace("'", "''") + "'"
}

function Invoke-DemoTask {
    if (-not $script:SolutionBuilt) {
        # Only what the demo needs: a newcomer's first command should not wait for the test projects.
        Invoke-Dotnet @('build', 'src/NexudusCommunity/NexudusCommunity.csproj', '-c', $Configuration)
        Invoke-Dotnet @('build', 'src/NexudusCommunity.Sandbox/NexudusCommunity.Sandbox.csproj', '-c', $Configuration)
    }
    $scriptPath = if ($Script) { $Script } else { Join-Path $PSScriptRoot 'examples/Quickstart.ps1' }
    $sandbox = Start-Sandbox -Fixture $Seed
    try {
        Write-Host "Running $scriptPath against $($sandbox.BaseUri) as $($SandboxAdmin.UserName), in a new $($PSVersionTable.PSEdition) $($PSVersionTable.PSVersion) process" -ForegroundColor Cyan
        Write-Host ''
        # The child imports the built module and signs in as the sandbox's admin. Any error the script writes
        # fails the demo, as a terminating one does.
        $command = @(
            "Import-Module -Name $(ConvertTo-QuotedString $ModuleManifest) -ErrorAction Stop"
            "`$password = ConvertTo-SecureString -String $(ConvertTo-QuotedString $SandboxAdmin.Password) -AsPlainText -Force"
            "`$credential = New-Object System.Management.Automation.PSCredential -ArgumentList $(ConvertTo-QuotedString $SandboxAdmin.UserName), `$password"
            '$Error.Clear()'
            "& $(ConvertTo-QuotedString $scriptPath) -BaseUri $(ConvertTo-QuotedString $sandbox.BaseUri) -Credential `$credential"
            'if ($Error.Count -gt 0) { exit 1 }'
        ) -join [Environment]::NewLine
        # Encoded, so no quoting rule of any shell or PowerShell version can change it on the way.
        $encoded = [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($command))
        $exitCode = Invoke-ThisPowerShell @('-EncodedCommand', $encoded)
        Write-Host ''
        if ($exitCode -ne 0) { throw "$scriptPath failed (exit code $exitCode)." }
        Write-Host 'Demo done.' -ForegroundColor Green
    }
    finally {
        Stop-Sandbox -Sandbox $sandbox
    }
}

function Invoke-BenchTask {
    $arguments = @('run', '--project', 'bench/NexudusCommunity.Bench/NexudusCommunity.Bench.csproj', '-c', $Configuration)
    if ($script:SolutionBuilt) { $arguments += '--no-build' }
    if ($BenchRecords) { $arguments += @('--', '--records', "$BenchRecords") }
    Invoke-Dotnet $arguments
    $read = "& ./bench/Read-Benchmark.ps1 -Configuration $Configuration" + $(if ($BenchRecords) { ' -Records 5000, 50000 -Runs 3 -FreshRuns 3' })
    $exitCode = Invoke-ThisPowerShell @('-Command', $read)
    if ($exitCode -ne 0) { throw "bench/Read-Benchmark.ps1 failed (exit code $exitCode)." }
}

$exitCode = 0
try {
    # Paths a user gives are relative to where they stand, not to the repository.
    if ($Script) { $Script = (Resolve-Path -LiteralPath $Script).ProviderPath }
    if ($Seed) { $Seed = (Resolve-Path -LiteralPath $Seed).ProviderPath }
    Push-Location -LiteralPath $PSScriptRoot
    try {
        foreach ($name in $Task) {
            Write-Host "== $name ($(if ($name -eq 'Package') { 'Release' } else { $Configuration }))" -ForegroundColor Cyan
            & "Invoke-${name}Task"
        }
    }
    finally {
        Pop-Location
    }
    Write-Host "build.ps1: $($Task -join ', ') succeeded." -ForegroundColor Green
}
catch {
    $Host.UI.WriteErrorLine("build.ps1: $($_.Exception.Message)")
    $exitCode = 1
}
exit $exitCode
