<#
    Every example of every entity help page (docs/help/entities, the source of what Get-Help -Examples shows for the
    generated cmdlets), run as written against the sandbox's demo data: a page from the demo start, its examples in page
    order (New- makes what Set- and Remove- then use, as a reader would go), each connected as the admin to the first
    business, with confirmation questions off (a test cannot answer one), in a folder of its own for the files examples
    write. An error, terminating or not, fails the example. The few examples that need what a sandbox session does not
    have are listed below with the reason, and reported as skipped.
#>

BeforeDiscovery {
    $needsMore = @{
        'Get-NexudusBusiness|Use the first business as the default'             = 'a vault holding the credential (-SecretName)'
        'Set-CommunityGroup|Apply changes from a spreadsheet'                   = 'the CSV file it reads'
        'Remove-CommunityGroup|Remove the groups listed in a CSV file, in a runbook' = 'a vault holding the credential (-SecretName) and the CSV file it reads'
        'New-CommunityThread|Post a list of announcements'                      = 'the CSV file it reads'
        'New-VideoRoom|Create rooms from a spreadsheet'                         = 'the CSV file it reads'
        'Set-VideoRoom|Resize rooms from a CSV file'                            = 'the CSV file it reads'
        'Remove-VideoRoom|Clean up inactive rooms in a scheduled job'           = 'a vault holding the credential (-SecretName)'
        'Remove-VideoRoom|Remove the rooms listed in a file'                    = 'the file of Ids it reads'
    }
    $pages = foreach ($file in Get-ChildItem -Path (Join-Path $PSScriptRoot '../../docs/help/entities') -Filter *.md | Sort-Object Name) {
        $text = Get-Content -LiteralPath $file.FullName -Raw
        $cmdlet = $null; $title = $null
        $examples = foreach ($part in [regex]::Matches($text, '(?ms)^## (?<cmdlet>\S+)\s*$|^### (?<title>[^\r\n]+)$|^```powershell\s*$(?<code>.*?)^```\s*$')) {
            if ($part.Groups['cmdlet'].Success) { $cmdlet = $part.Groups['cmdlet'].Value; continue }
            if ($part.Groups['title'].Success) { $title = $part.Groups['title'].Value.Trim(); continue }
            @{ Cmdlet = $cmdlet; Title = $title; Code = $part.Groups['code'].Value; NeedsMore = $needsMore["$cmdlet|$title"] }
        }
        @{ Entity = $file.BaseName; Examples = @($examples) }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $folder = Join-Path ([IO.Path]::GetTempPath()) "nexudus-help-examples-$PID"
    New-Item -ItemType Directory -Path $folder -Force | Out-Null
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
    Remove-Item -LiteralPath $folder -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'The help examples of <Entity>' -ForEach $pages {
    BeforeAll {
        $null = Invoke-TestSandboxHttp -Sandbox $sandbox -Method POST -Path '_sandbox/reset'
    }

    It 'give each cmdlet of the page an example that runs here' {
        $cmdlets = @($Examples.Cmdlet | Select-Object -Unique)
        $cmdlets | Should -Not -BeNullOrEmpty
        foreach ($cmdlet in $cmdlets) {
            @($Examples | Where-Object { $_.Cmdlet -eq $cmdlet -and -not $_.NeedsMore }).Count |
                Should -BeGreaterThan 0 -Because "$cmdlet needs an example a reader can run against the sandbox"
        }
    }

    It '<Cmdlet>: <Title>' -ForEach $Examples {
        if ($NeedsMore) { Set-ItResult -Skipped -Because "it needs $NeedsMore"; return }
        Connect-TestSandbox -Sandbox $sandbox
        $ConfirmPreference = 'None'
        Push-Location -LiteralPath $folder
        try {
            $Error.Clear()
            $null = & ([scriptblock]::Create($Code)) *>&1
            $problems = @($Error | ForEach-Object { "$_" })
        } finally {
            Pop-Location
        }
        $problems | Should -BeNullOrEmpty -Because "the example runs as written:`n$Code"
    }
}
