<#
    Get-NexudusEnum against the local API sandbox: values with numbers, names and labels; unknown names; Tab
    completion of the names at once.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)

    function Get-Completion([string] $Line) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Get-NexudusEnum' {
    BeforeEach {
        Connect-TestSandbox -Sandbox $sandbox
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    It 'reads an enum''s values: numbers, names and labels' {
        $values = @(Get-NexudusEnum -Name eCommunityThreadVisibility)

        $values[0] | Should -BeOfType ([NexudusCommunity.Models.NexudusEnumValue])
        $values.Id | Should -Be @(1, 2, 3)
        $values.Name | Should -Be @('Restricted', 'Public', 'Private')
        $values.Enum | Should -Be (@('eCommunityThreadVisibility') * 3)
        (Get-TestSandboxRequest -Sandbox $sandbox -Method GET).Query | Should -Be 'name=eCommunityThreadVisibility'
    }

    It 'writes ObjectNotFound for a name the server does not know, and goes on with the others' {
        $values = Get-NexudusEnum -Name eNoSuchThing, eCoworkerRecordType -ErrorVariable problems -ErrorAction SilentlyContinue

        $values.Name | Should -Be @('Individual', 'Company')
        $problems.Count | Should -Be 1
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $problems[0].TargetObject | Should -Be 'eNoSuchThing'
    }

    It 'says once that an unknown name was not found, and lists the names it knows' {
        $null = Get-NexudusEnum -Name eNope -ErrorVariable problems -ErrorAction SilentlyContinue

        $problems.Count | Should -Be 1
        $message = $problems[0].Exception.Message
        $message | Should -BeLike "*no enum named 'eNope'*"
        ([regex]::Matches($message, 'not found|no enum named')).Count | Should -Be 1 -Because 'it says so once'
        $message | Should -Match 'eCommunityThreadVisibility'
        $message | Should -Match 'eCoworkerRecordType'
    }

    It 'shows values in a table of at most 80 columns, one block per enum, with its name once' {
        $lines = @(Get-NexudusEnum -Name eCommunityThreadVisibility, eCoworkerRecordType | Out-String -Width 80) -split '\r?\n' | Where-Object { $_.Trim() }

        $lines | Where-Object { $_.Length -gt 80 } | Should -BeNullOrEmpty
        @($lines | Where-Object { $_ -match 'Enum: eCommunityThreadVisibility' }).Count | Should -Be 1
        @($lines | Where-Object { $_ -match 'Enum: eCoworkerRecordType' }).Count | Should -Be 1
        @($lines | Where-Object { $_ -match '^\s*Id\s+Name\s+Label\s*$' }).Count | Should -Be 2
        @($lines | Where-Object { $_ -match '^\s+2\s+Public\s+Public\s*$' }).Count | Should -Be 1
        ($lines -join "`n") | Should -Not -Match 'eCommunityThreadVisibility\s+\d' -Because 'the enum name is not repeated on every row'
    }

    It 'Tab completes the enum names the module''s fields use, without asking the server' {
        (Get-Completion 'Get-NexudusEnum -Name eC').CompletionText | Should -Be @('eCalendarEventRepeatCycle', 'eCommunityThreadVisibility', 'eCoworkerRecordType')
        @(Get-TestSandboxRequest -Sandbox $sandbox).Count | Should -Be 0
    }
}
