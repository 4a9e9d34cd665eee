<#
    The Pester files in examples/ (a runbook's tests, with mocks and against the sandbox), run as their readers run
    them: Invoke-Pester on the file, in a new PowerShell, with the same Pester as this suite. Every test of theirs
    must pass, and there must be some: an example that rots fails here.
#>

BeforeDiscovery {
    $examples = @(Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot '../../examples') -Filter '*.Tests.ps1' | ForEach-Object { @{ File = $_.FullName; Name = $_.Name } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $pester = (Get-Module Pester).Path
}

Describe 'examples/<Name>' -ForEach $examples {
    It 'passes, run with Invoke-Pester in a new PowerShell' {
        $script = "Import-Module '$pester'; `$r = Invoke-Pester -Path '$File' -Output Detailed -PassThru; 'RESULT {0} {1} {2}' -f `$r.PassedCount, (`$r.FailedCount + `$r.FailedBlocksCount + `$r.FailedContainersCount), `$r.SkippedCount"
        $output = Invoke-TestPwsh -Command $script -NonInteractive

        $result = [regex]::Match($output, 'RESULT (\d+) (\d+) (\d+)')
        $result.Success | Should -BeTrue -Because "Invoke-Pester did not finish:`n$output"
        [int] $result.Groups[2].Value | Should -Be 0 -Because "the example's tests failed:`n$output"
        [int] $result.Groups[1].Value | Should -BeGreaterThan 0 -Because 'an example with no passing test shows nothing'
    }
}
