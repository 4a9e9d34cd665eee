<#
    README and the docs/ pages it links, as a reader follows them: every link to a file of this repository leads to
    one; the sandbox page's PowerShell runs as written, in a new pwsh that cannot answer a prompt; the testing page's
    PowerShell is the example file's own text, word for word (the example file itself runs in UserExamples.Tests).
    The README tour runs in ReadmeTour.Tests, the runbook recipe in Secrets.Tests.
#>

BeforeDiscovery {
    $root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).ProviderPath
    $pages = @(@(Join-Path $root 'README.md') + @(Get-ChildItem -LiteralPath (Join-Path $root 'docs') -Filter '*.md' | ForEach-Object FullName) |
            ForEach-Object { @{ Page = $_; Name = $_.Substring($root.Length + 1) } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).ProviderPath

    function Get-PowerShellBlock([string] $Path) {
        $text = Get-Content -LiteralPath $Path -Raw
        @([regex]::Matches($text, '(?ms)^```powershell\s*$\r?\n(.*?)^```\s*$') | ForEach-Object { $_.Groups[1].Value })
    }
}

Describe '<Name>' -ForEach $pages {
    It 'links only to files that exist' {
        $text = Get-Content -LiteralPath $Page -Raw
        $folder = Split-Path -Parent $Page
        $links = @([regex]::Matches($text, '\]\(([^)#\s]+)(#[^)]*)?\)') | ForEach-Object { $_.Groups[1].Value } | Where-Object { $_ -notmatch '^[a-z]+:' })
        foreach ($link in $links) {
            Test-Path -LiteralPath (Join-Path $folder $link) | Should -BeTrue -Because "$Name links to $link"
        }
    }
}

Describe 'docs/sandbox.md' {
    It 'has PowerShell that runs as written, without an error' {
        $blocks = Get-PowerShellBlock (Join-Path $root 'docs/sandbox.md')
        $blocks.Count | Should -BeGreaterThan 0
        $manifest = Join-Path (Get-Module NexudusCommunity).ModuleBase 'NexudusCommunity.psd1'
        $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$manifest'
$($blocks -join "`n")
'DOCS COMPLETE'
`$sandbox.Process.HasExited
"@
        $output = Invoke-TestPwsh -Command $script -NonInteractive

        $output | Should -Match 'DOCS COMPLETE' -Because "the page's code stopped early:`n$output"
        $output | Should -Match 'Seeded'
        $output | Should -Match 'ServerErrorEveryNth'
        $output | Should -Match 'DOCS COMPLETE\s+True' -Because 'Stop-NexudusSandbox ends the sandbox'
    }
}

Describe 'docs/testing.md' {
    It 'shows the example file''s own code, word for word' {
        $example = Get-Content -LiteralPath (Join-Path $root 'examples/Runbook-BookClubs.Tests.ps1') -Raw
        $blocks = Get-PowerShellBlock (Join-Path $root 'docs/testing.md')
        $blocks.Count | Should -BeGreaterThan 3
        foreach ($block in $blocks) {
            $example.Replace("`r`n", "`n") | Should -BeLike "*$([WildcardPattern]::Escape($block.Replace("`r`n", "`n")))*"
        }
    }
}
