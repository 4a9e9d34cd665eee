<#
    Get-, New-, Set- and Remove-CommunityMessage against the local API sandbox: replies in a thread found by subject,
    Id or piped in; a group's conversations read through the pipeline; the thread's LastMessageDate; moderation.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Community messages' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        New-CommunityGroup -Name 'Book Club' -UserId $demo.User1 | Out-Null
        $thread = Get-CommunityGroup -Name 'Book Club' | New-CommunityThread -Subject 'June meetup' -Message 'Thursday?' -UserId $demo.User3 -CoworkerId $demo.Coworker3
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    It 'posts two replies to a thread found by subject; Get-CommunityThread -CommunityGroup | Get-CommunityMessage returns them' {
        $first = New-CommunityMessage -CommunityThread 'June meetup' -Message 'Count me in.' -UserId $demo.User4
        $second = Get-CommunityThread -Subject 'June meetup' | New-CommunityMessage -Message 'Me too.'

        $read = @(Get-CommunityThread -CommunityGroup 'Book Club' | Get-CommunityMessage)

        $read.Message | Should -Be @('Count me in.', 'Me too.')
        $read.Id | Should -Be @($first.Id, $second.Id)
        $read[0] | Should -BeOfType ([NexudusCommunity.Models.CommunityMessage])
        $read.CommunityThreadId | Should -Be @($thread.Id, $thread.Id)
        $second.UserId | Should -Be $demo.User3 -Because 'a reply is posted as the thread''s author unless -UserId says otherwise'
        $second.CoworkerId | Should -BeNullOrEmpty -Because 'nothing but the thread is taken from a piped thread'
        (Get-CommunityThread -Id $thread.Id).LastMessageDate | Should -Be $second.CreatedOn
    }

    It 'lists the messages of each thread piped in, and filters by text and poster' {
        $other = New-CommunityThread -Subject 'Parking' -Message 'Where?' -UserId $demo.User1
        New-CommunityMessage -CommunityThread $thread -Message 'Yes' -UserId $demo.User2 | Out-Null
        New-CommunityMessage -CommunityThread $other.Id -Message 'Level -1' -UserId $demo.User2 | Out-Null
        New-CommunityMessage -CommunityThread $other -Message 'Ask reception' -UserId $demo.User5 | Out-Null

        (Get-CommunityThread | Get-CommunityMessage).Message | Should -Be @('Yes', 'Level -1', 'Ask reception')
        (Get-CommunityMessage -CommunityThread 'parking' -UserId $demo.User5).Message | Should -Be @('Ask reception')
        (Get-CommunityMessage -Message '*level*').Message | Should -Be @('Level -1')
    }

    It 'posts one reply per CSV row, the thread named by Id or subject' {
        $rows = @(
            [pscustomobject]@{ CommunityThreadId = "$($thread.Id)"; Message = 'By Id'; UserId = "$($demo.User2)" }
            [pscustomobject]@{ CommunityThreadId = 'june MEETUP'; Message = 'By subject'; UserId = '' }
        )

        $posted = @($rows | New-CommunityMessage)

        $posted.CommunityThreadId | Should -Be @($thread.Id, $thread.Id)
        $posted.UserId | Should -Be @($demo.User2, $demo.User3)
    }

    It 'changes a message''s text and keeps its thread and poster' {
        $message = New-CommunityMessage -CommunityThread $thread -Message 'Typo hre' -UserId $demo.User2

        $saved = $message | Set-CommunityMessage -Message 'Typo here' -PassThru

        $saved.Message | Should -BeExactly 'Typo here'
        $saved.CommunityThreadId | Should -Be $thread.Id
        $saved.UserId | Should -Be $demo.User2
    }

    It 'removes messages, and a removed thread takes its messages with it' {
        'spam', 'ok' | ForEach-Object { New-CommunityMessage -CommunityThread $thread -Message $_ } | Out-Null

        Get-CommunityMessage -Message 'spam' | Remove-CommunityMessage -Force
        (Get-CommunityMessage).Message | Should -Be @('ok')

        Remove-CommunityThread -Id $thread.Id -Force
        Get-CommunityMessage | Should -BeNullOrEmpty
    }

    It 'refuses <Case>, naming <Parameter>, and posts nothing' -ForEach @(
        @{ Case = 'a thread subject that matches none'; Parameter = 'CommunityThread'; Category = 'ObjectNotFound'; Run = { New-CommunityMessage -CommunityThread 'July meetup' -Message 'x' -ErrorAction Stop } }
        @{ Case = 'a thread subject that matches two'; Parameter = 'CommunityThread'; Category = 'InvalidArgument'; Run = { New-CommunityThread -Subject 'JUNE MEETUP' -Message 'x' -UserId $demo.User1 | Out-Null; New-CommunityMessage -CommunityThread 'June meetup' -Message 'x' -ErrorAction Stop } }
        @{ Case = 'a thread Id of 0'; Parameter = 'CommunityThread'; Category = 'InvalidArgument'; Run = { New-CommunityMessage -CommunityThread 0 -Message 'x' -ErrorAction Stop } }
    ) {
        $refused = $Run | Should -Throw -PassThru

        $refused.CategoryInfo.Category | Should -Be $Category
        $refused.Exception.Message | Should -BeLike "$Parameter*"
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method POST -Path '/api/community/communitymessages').Count | Should -Be 0
    }
}
