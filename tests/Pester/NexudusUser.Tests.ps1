<#
    Get-NexudusUser, and the signed-in user standing in for a UserId a create needs: user accounts are not coworkers
    (their ids differ), the account is found by the sign-in email once per connection, and a connection that cannot
    say who signed in refuses the create, naming UserId, before anything is sent.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Get-NexudusUser' {
    BeforeAll {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
    }

    BeforeEach {
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    It 'lists the user accounts as typed objects, none with a coworker''s id' {
        $users = @(Get-NexudusUser)

        $users.Count | Should -Be 20
        $users[0] | Should -BeOfType ([NexudusCommunity.Models.User])
        $users[0].Email | Should -BeExactly 'admin@example.com'
        $users[0].Id | Should -Be $demo.User1
        $coworkerIds = @(Get-NexudusCoworker).Id
        @($users.Id | Where-Object { $_ -in $coworkerIds }) | Should -BeNullOrEmpty -Because 'a user account is not a coworker'
        (Get-TestSandboxRequest -Sandbox $sandbox -Method GET)[0].Path | Should -BeLike '*/api/sys/users'
    }

    It 'finds a user by exact email in any case, sent as the User_Email filter' {
        $grace = Get-NexudusUser -Email 'GRACE.Hopper@example.com'

        $grace.FullName | Should -BeExactly 'Grace Hopper'
        $grace.Id | Should -Not -Be (Get-NexudusCoworker -Email 'grace.hopper@example.com').Id -Because 'her account and her customer record are two records'
        (Get-TestSandboxRequest -Sandbox $sandbox -Method GET -Path '*/api/sys/users')[-1].Query | Should -BeLike '*User_Email=GRACE.Hopper%40example.com*'
    }

    It 'finds users by name pattern, by whether they are administrators, and several by Id' {
        (Get-NexudusUser -Name 'Sandbox*').Email | Should -Be @('admin@example.com', 'reader@example.com', 'twofactor@example.com', 'reset@example.com')
        (Get-NexudusUser -IsAdmin $true).Email | Should -Be @('admin@example.com')
        (Get-NexudusUser -Id $demo.User2, $demo.User1).Email | Should -Be @('reader@example.com', 'admin@example.com')
    }

    It 'writes an ObjectNotFound error for an unknown Id' {
        Get-NexudusUser -Id 4242424242 -ErrorVariable problems -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'A create without a UserId' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    It 'takes the signed-in user''s account for groups, threads and messages, looked up once per connection' {
        $group = New-CommunityGroup -Name 'Owned by me'
        $thread = New-CommunityThread -Subject 'No group, no poster' -Message 'Hello'
        $reply = New-CommunityMessage -CommunityThread $thread -Message 'Hi'
        $second = New-CommunityGroup -Name 'Also mine'

        $me = (Get-NexudusUser -Email 'admin@example.com').Id
        $group.UserId | Should -Be $me
        $thread.UserId | Should -Be $me
        $reply.UserId | Should -Be $me
        $second.UserId | Should -Be $me
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method GET -Path '*/api/sys/users').Count | Should -Be 2 -Because 'one lookup for the four creates, one by this test'
    }

    It 'sends the UserId given, and does not look the user up' {
        (New-CommunityGroup -Name 'Grace''s' -UserId $demo.User6).UserId | Should -Be $demo.User6
        @(Get-TestSandboxRequest -Sandbox $sandbox -Path '*/api/sys/users') | Should -BeNullOrEmpty
    }

    It 'is refused, naming UserId and sending nothing, when the connection cannot say who signed in (an access token)' {
        $token = ConvertTo-SecureString (Get-TestSandboxToken -Sandbox $sandbox) -AsPlainText -Force
        Connect-Nexudus -BaseUri $sandbox.BaseUri -AccessToken $token -BusinessId $demo.Business1 -NoRateLimit
        Clear-TestSandboxRequest -Sandbox $sandbox

        $refused = { New-CommunityGroup -Name 'Whose?' -ErrorAction Stop } | Should -Throw -PassThru

        "$refused" | Should -BeLike '*UserId*Get-NexudusUser*'
        $refused.CategoryInfo.Category | Should -Be 'InvalidArgument'
        @(Get-TestSandboxRequest -Sandbox $sandbox -Write) | Should -BeNullOrEmpty
    }
}
