<#
.SYNOPSIS
    Runs the Pester suite (this folder's *.Tests.ps1) in the PowerShell that runs this script, against the module
    `dotnet build` left in out/NexudusCommunity.
.DESCRIPTION
    build.ps1 -Task Test runs it in a new process of its own PowerShell (so none of build.ps1's preferences reach the
    tests), and so does the Windows PowerShell 5.1 job of .github/workflows/ci.yml. Prints Pester's report, then
    "Pester (<edition> <version>): N passed, N failed, N skipped"; exits 1 when a test, a block or a file failed, or
    when no test was found at all (a suite that discovers nothing is not green).
.EXAMPLE
    pwsh -NoProfile -File tests/Pester/Invoke-PesterSuite.ps1 -PesterManifest ~/.nuget/packages/pester/5.7.1/tools/Pester.psd1
.EXAMPLE
    pwsh -NoProfile -File tests/Pester/Invoke-PesterSuite.ps1 -PesterManifest $pester -Path tests/Pester/VideoRoom.Tests.ps1
#>
[CmdletBinding()]
param(
    # Pester.psd1 of Pester 5 (build.ps1 restores tests/Pester/PesterPackage.csproj and passes the one NuGet put down).
    [Parameter(Mandatory)]
    [string] $PesterManifest,

    # A test file or folder; this folder by default.
    [string] $Path = $PSScriptRoot,

    [ValidateSet('Normal', 'Detailed', 'Diagnostic')]
    [string] $Verbosity = 'Detailed',

    # Where to write the counts as JSON ({ Passed, Failed, Skipped }), for a caller that sums suites.
    [string] $ResultFile
)

Import-Module -Name $PesterManifest -ErrorAction Stop
$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = $Verbosity
$result = Invoke-Pester -Configuration $configuration

# A failed BeforeAll fails its block, and a file that does not load fails its container: neither is a failed test.
$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
$counts = [ordered]@{ Passed = $result.PassedCount; Failed = $failed; Skipped = $result.SkippedCount }
# The edition and version say which PowerShell really ran the suite (the CI's 5.1 job checks it is Desktop 5.1).
"Pester ($($PSVersionTable.PSEdition) $($PSVersionTable.PSVersion)): $($counts.Passed) passed, $($counts.Failed) failed, $($counts.Skipped) skipped"
if ($ResultFile) {
    [pscustomobject] $counts | ConvertTo-Json | Set-Content -LiteralPath $ResultFile -Encoding UTF8
}

if ($result.TotalCount -eq 0) {
    Write-Host "No test was found under $Path." -ForegroundColor Red
    exit 1
}
if ($failed -gt 0) { exit 1 }
exit 0
