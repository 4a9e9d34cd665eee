<#
    The README's tour, run as written: its PowerShell blocks, in order, in one new pwsh process that cannot answer a
    prompt, against a sandbox with its demo data on the port the README names. Only what the README says to do first
    is added (import the built module; a folder for the CSV files it writes). Any error fails the test.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $readme = Get-Content -LiteralPath (Join-Path $PSScriptRoot '../../README.md') -Raw
    $section = [regex]::Match($readme, '(?ms)^## A short tour\s*$(.*?)(?=^## )').Groups[1].Value
    $blocks = @([regex]::Matches($section, '(?ms)^```powershell\s*$(.*?)^```\s*$') | ForEach-Object { $_.Groups[1].Value })
    $port = [int] [regex]::Match($section, 'http://127\.0\.0\.1:(\d+)/').Groups[1].Value
    $portFree = $true
    try { $probe = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, $port); $probe.Start(); $probe.Stop() } catch { $portFree = $false }
    if ($portFree) { $sandbox = Start-TestSandbox -ListenPort $port }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'The README tour' {
    It 'has PowerShell blocks and names the sandbox''s port' {
        $blocks.Count | Should -BeGreaterThan 1
        $port | Should -BeGreaterThan 0
    }

    It 'runs as written against the sandbox, without an error' {
        if (-not $portFree) { Set-ItResult -Skipped -Because "port $port, which the README names, is in use here"; return }
        $folder = Join-Path ([IO.Path]::GetTempPath()) "nexudus-tour-$PID"
        New-Item -ItemType Directory -Path $folder -Force | Out-Null
        $manifest = Join-Path (Get-Module NexudusCommunity).ModuleBase 'NexudusCommunity.psd1'
        $script = @"
`$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath '$folder'
Import-Module '$manifest'
$($blocks -join "`n")
'TOUR COMPLETE'
"@
        try {
            $output = Invoke-TestPwsh -Command $script -NonInteractive
        }
        finally {
            Remove-Item -LiteralPath $folder -Recurse -Force -ErrorAction SilentlyContinue
        }

        $output | Should -Match 'TOUR COMPLETE' -Because "the tour stopped early:`n$output"
        $output | Should -Match 'Grace Hopper'
        $output | Should -Match 'June meetup'
        $output | Should -Match 'Focus Pod'
        $output | Should -Match 'What if: Performing the operation "Remove" on target "CommunityGroup ''Makers'''
    }
}
