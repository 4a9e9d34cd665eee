<#
    Names are matched as PowerShell matches them, escapes included. Real names hold [ ] * ? and commas. A -Name,
    -Subject or -Email filter is a -like pattern: the server's contains-filter gets the pattern's literal text
    (unescaped: never a backtick), and the records are then matched exactly as -like matches them. A parameter that
    takes a record by name (-Group, -CommunityGroup, -CommunityThread) takes the record of exactly that name first,
    else the one record the pattern matches.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    Connect-TestSandbox -Sandbox $sandbox
    $owner = (Get-CommunityGroup | Select-Object -First 1).UserId
    $names = 'Poetry [2025]', 'Poetry 2', 'Close ] bracket', 'Q&A *live*', 'Q&A *live* extra', 'Q&A live', 'Who? Me', 'Whom Me', 'Smith, Jones', 'Smith Jones'
    $groups = @{}
    foreach ($name in $names) { $groups[$name] = New-CommunityGroup -Name $name -UserId $owner -ErrorAction Stop }
    $subjects = 'Agenda [draft]', 'Agenda d', 'Who? Me', 'Whom Me'
    $threads = @{}
    foreach ($subject in $subjects) { $threads[$subject] = New-CommunityThread -CommunityGroup $groups['Poetry 2'] -Subject $subject -Message 'Hello.' -ErrorAction Stop }

    function Get-NameFilterQuery {
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method GET | ForEach-Object { [uri]::UnescapeDataString([string] $_.Query) })
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Name filters match as -like does, escapes included' {
    BeforeEach { Clear-TestSandboxRequest -Sandbox $sandbox }

    It 'Get-CommunityGroup -Name <Pattern> finds <Expected>' -ForEach @(
        @{ Pattern = 'Poetry [2025]'; Expected = @('Poetry 2') }                                   # [2025] is a set: -like's answer
        @{ Pattern = ([WildcardPattern]::Escape('Poetry [2025]')); Expected = @('Poetry [2025]') }
        @{ Pattern = 'Poetry `[2025`]'; Expected = @('Poetry [2025]') }
        @{ Pattern = 'Close ] bracket'; Expected = @('Close ] bracket') }
        @{ Pattern = 'Close `] bracket'; Expected = @('Close ] bracket') }
        @{ Pattern = 'Q&A *live*'; Expected = @('Q&A *live*', 'Q&A *live* extra', 'Q&A live') }
        @{ Pattern = 'Q&A `*live`*'; Expected = @('Q&A *live*') }
        @{ Pattern = ([WildcardPattern]::Escape('Q&A *live*')); Expected = @('Q&A *live*') }
        @{ Pattern = 'Who? Me'; Expected = @('Who? Me', 'Whom Me') }
        @{ Pattern = 'Who`? Me'; Expected = @('Who? Me') }
        @{ Pattern = ([WildcardPattern]::Escape('Who? Me')); Expected = @('Who? Me') }
        @{ Pattern = 'Smith, Jones'; Expected = @('Smith, Jones') }
        @{ Pattern = ([WildcardPattern]::Escape('Smith, Jones')); Expected = @('Smith, Jones') }
    ) {
        $found = @(Get-CommunityGroup -Name $Pattern -ErrorAction Stop)

        @($found.Name | Sort-Object) | Should -Be @($Expected | Sort-Object)
        @($names | Where-Object { $_ -like $Pattern } | Sort-Object) | Should -Be @($Expected | Sort-Object) -Because 'it is what -like says'
        Get-NameFilterQuery | Should -Not -Match '`' -Because 'a backtick is an escape, never part of the name sent to the server'
    }

    It 'Get-VideoRoom -Name and Get-CommunityThread -Subject take escapes too' {
        $room = New-VideoRoom -Name 'Room [A]' -NumberOfParticipants 4 -ErrorAction Stop
        $null = New-VideoRoom -Name 'Room A' -NumberOfParticipants 4 -ErrorAction Stop

        @(Get-VideoRoom -Name ([WildcardPattern]::Escape('Room [A]'))).Id | Should -Be $room.Id
        @(Get-VideoRoom -Name 'Room [A]').Name | Should -Be 'Room A'
        @(Get-CommunityThread -Subject 'Agenda `[draft`]').Id | Should -Be $threads['Agenda [draft]'].Id
        @(Get-CommunityThread -Subject 'Who`? Me').Id | Should -Be $threads['Who? Me'].Id
        @(Get-CommunityThread -Subject 'Who? Me').Subject | Sort-Object | Should -Be @('Who? Me', 'Whom Me')
    }

    It 'Get-NexudusCoworker -Email matches an escaped pattern as -like does' {
        $someone = Get-NexudusCoworker | Where-Object Email | Select-Object -First 1

        @(Get-NexudusCoworker -Email ([WildcardPattern]::Escape($someone.Email))).Id | Should -Be $someone.Id
        Get-NameFilterQuery | Should -Not -Match '`'
    }

    It 'a pattern -like would refuse is refused naming the parameter, and nothing is read' {
        { Get-CommunityGroup -Name 'Poetry [2025' -ErrorAction Stop } | Should -Throw -ExpectedMessage '*Name*not a valid wildcard pattern*'
    }
}

Describe 'Record parameters by name' {
    It '-CommunityGroup <Given> posts in <Expected>' -ForEach @(
        @{ Given = 'Poetry [2025]'; Expected = 'Poetry [2025]' }                                    # the exact name wins
        @{ Given = ([WildcardPattern]::Escape('Poetry [2025]')); Expected = 'Poetry [2025]' }
        @{ Given = 'Q&A `*live`*'; Expected = 'Q&A *live*' }
        @{ Given = 'Q&A *live*'; Expected = 'Q&A *live*' }
        @{ Given = 'Who`? Me'; Expected = 'Who? Me' }
        @{ Given = 'Close `] bracket'; Expected = 'Close ] bracket' }
        @{ Given = 'Smith, Jones'; Expected = 'Smith, Jones' }
        @{ Given = 'Q&A live'; Expected = 'Q&A live' }
    ) {
        $thread = New-CommunityThread -CommunityGroup $Given -Subject "In $Expected" -Message 'Hi.' -ErrorAction Stop

        $thread.CommunityGroupId | Should -Be $groups[$Expected].Id
    }

    It 'a pattern that matches several records is refused, naming them' {
        { New-CommunityThread -CommunityGroup 'Q&A*extra*' -Subject 'One' -Message 'Hi.' -ErrorAction Stop } | Should -Not -Throw
        { New-CommunityThread -CommunityGroup 'Smith*Jones' -Subject 'Three' -Message 'Hi.' -ErrorAction Stop } |
            Should -Throw -ExpectedMessage "*CommunityGroup: 2 CommunityGroup records match 'Smith*Jones'*"
    }

    It 'Add-CommunityGroupMember -Group takes an escaped name' {
        $coworker = Get-NexudusCoworker | Select-Object -First 1

        $group = Add-CommunityGroupMember -Group ([WildcardPattern]::Escape('Poetry [2025]')) -Member $coworker.Id -Confirm:$false -PassThru -ErrorAction Stop

        $group.Id | Should -Be $groups['Poetry [2025]'].Id
        $group.Members | Should -Contain $coworker.Id
    }

    It 'Get-CommunityMessage -CommunityThread takes an escaped subject' {
        $message = New-CommunityMessage -CommunityThread 'Agenda `[draft`]' -Message 'Noted.' -ErrorAction Stop

        $message.CommunityThreadId | Should -Be $threads['Agenda [draft]'].Id
        @(Get-CommunityMessage -CommunityThread ([WildcardPattern]::Escape('Agenda [draft]'))).Id | Should -Contain $message.Id
    }
}
