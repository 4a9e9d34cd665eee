<#
    What is particular to the board's likes: the thread (or reply) is named by subject, by Id or piped in, and goes on
    the wire as ThreadId (MessageId), the names the vendor's pages give.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Likes on the discussion board' {
    # No reset between tests: they read the demo records and add their own, under names of their own.
    BeforeEach {
        Connect-TestSandbox -Sandbox $sandbox
    }

    It 'likes a thread named by subject, and lists its likes from the piped thread' {
        $thread = Get-CommunityGroup -Name 'Book Club' | New-CommunityThread -Subject 'Likes test' -Message 'Hello'

        $like = New-CommunityThreadLike -CommunityThread 'Likes test' -UserId $thread.UserId

        $like.ThreadId | Should -Be $thread.Id
        @($thread | Get-CommunityThreadLike).Id | Should -Be @($like.Id)
        @(Get-CommunityThreadFollow -CommunityThread $thread.Id).Count | Should -Be 0
    }

    It 'likes the reply piped in' {
        $thread = Get-CommunityGroup -Name 'Book Club' | New-CommunityThread -Subject 'Reply likes test' -Message 'Hello'
        $reply = $thread | New-CommunityMessage -Message 'Hi there'

        $like = $reply | New-CommunityMessageLike -UserId $thread.UserId

        $like.MessageId | Should -Be $reply.Id
        @($reply | Get-CommunityMessageLike).Count | Should -Be 1
    }
}
