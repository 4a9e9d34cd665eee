<#
    Connect-Nexudus, Get-NexudusConnection and Disconnect-Nexudus against the local API sandbox: every way of signing
    in (credential in Token or Basic mode, two-factor code, bearer token), the error a script gets when it is not
    connected, and that no secret ever reaches a stream. Connect-Nexudus -SecretName, and what a failed connect leaves
    behind, run as runbooks against real vaults in Secrets.Tests.ps1.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
    $adminPassword = $sandbox.AdminCredential.GetNetworkCredential().Password
    $readerPassword = $sandbox.ReaderCredential.GetNetworkCredential().Password
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Connect-Nexudus with a credential' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Disconnect-Nexudus
    }

    It 'connects in <Mode> mode and the other cmdlets work through it' -ForEach @(
        @{ Mode = 'Token'; TokenRequests = 1 }
        @{ Mode = 'Basic'; TokenRequests = 0 }
    ) {
        $connection = Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential -AuthMode $Mode -BusinessId $demo.Business1 -NoRateLimit -PassThru
        $group = New-CommunityGroup -UserId $demo.User1 -Name "Via $Mode"

        $connection.AuthMode | Should -Be $Mode
        $connection.UserName | Should -Be 'admin@example.com'
        $group.Name | Should -BeExactly "Via $Mode"
        (Get-CommunityGroup -Id $group.Id).Name | Should -BeExactly "Via $Mode"
        # Token mode signs in once and reuses the token; Basic sends the credential on every call instead.
        @(Get-TestSandboxRequest -Sandbox $sandbox -Path '/api/token').Count | Should -Be $TokenRequests
    }

    It 'Get-NexudusConnection shows the user, address, auth mode and default business, and no secret' {
        Connect-TestSandbox -Sandbox $sandbox

        $connection = Get-NexudusConnection

        $connection.UserName | Should -Be 'admin@example.com'
        $connection.BaseUri.AbsoluteUri | Should -Be $sandbox.BaseUri.AbsoluteUri
        $connection.AuthMode | Should -Be 'Token'
        $connection.BusinessId | Should -Be $demo.Business1
        $connection.BusinessName | Should -Be 'Sandbox Coworking'
        $text = $connection, ($connection | Format-List -Property * | Out-String) | ConvertTo-TestStreamText
        $text | Should -Not -BeLike "*$adminPassword*"
    }

    It 'signs a two-factor account in only with -Totp, and the code appears in no stream' {
        $refused = { Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.TwoFactorCredential -NoRateLimit } |
            Should -Throw -PassThru
        $refused.CategoryInfo.Category | Should -Be 'AuthenticationError'

        $text = & {
            Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.TwoFactorCredential -Totp 123456 -BusinessId $demo.Business1 -NoRateLimit -Verbose -PassThru
            Get-CommunityGroup -Verbose
        } *>&1 | ConvertTo-TestStreamText

        (Get-NexudusConnection).UserName | Should -Be 'twofactor@example.com'
        $text | Should -Not -BeLike '*123456*'
    }

    It 'refuses a wrong password with an AuthenticationError that does not echo it' {
        $wrong = New-TestCredential -UserName 'admin@example.com' -Password 'not-the-password'

        $refused = { Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $wrong -NoRateLimit } | Should -Throw -PassThru

        $refused.CategoryInfo.Category | Should -Be 'AuthenticationError'
        ($refused | ConvertTo-TestStreamText) | Should -Not -BeLike '*not-the-password*'
        { Get-NexudusConnection -ErrorAction Stop } | Should -Throw '*Connect-Nexudus*'
    }

    It 'refuses plain http to a remote host before the credential leaves the machine' {
        $refused = { Connect-Nexudus -BaseUri 'http://api.example.com/' -Credential $sandbox.AdminCredential } | Should -Throw -PassThru

        $refused.Exception.Message | Should -BeLike '*BaseUri*'
        $refused.Exception.Message | Should -BeLike '*https*'
    }

    It 'names the sign-in as the step that failed when nothing answers at the address' {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start(); $port = $listener.LocalEndpoint.Port; $listener.Stop()   # a port nothing listens on

        $failure = { Connect-Nexudus -BaseUri "http://127.0.0.1:$port/" -Credential $sandbox.AdminCredential -NoRateLimit -MaxRetries 1 -RetryBaseDelay 0:0:0.01 -ErrorAction Stop } |
            Should -Throw -PassThru

        $failure.CategoryInfo.Category | Should -Be 'ConnectionError'
        $failure.Exception.Message | Should -BeLike "Signing in as 'admin@example.com': POST /api/token got no answer from http://127.0.0.1:$port*"
        $failure.Exception.Message | Should -Not -Match 'Business list'
    }

    It 'keeps two connections apart through -Connection' {
        $admin = Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential -BusinessId $demo.Business1 -NoRateLimit -PassThru
        $reader = Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.ReaderCredential -BusinessId $demo.Business2 -NoRateLimit -PassThru

        $created = New-CommunityGroup -UserId $demo.User1 -Name 'By admin' -Connection $admin

        (Get-NexudusConnection).UserName | Should -Be 'reader@example.com'
        $admin.UserName | Should -Be 'admin@example.com'
        $created.BusinessId | Should -Be $demo.Business1
        @(Get-CommunityGroup -Connection $reader).Name | Should -Be @('By admin')
    }
}

Describe 'Connect-Nexudus -AccessToken' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Disconnect-Nexudus
    }

    It 'connects with a bearer token obtained elsewhere, uses it as is, and never shows it' {
        $token = Get-TestSandboxToken -Sandbox $sandbox -Credential $sandbox.AdminCredential
        $token | Should -Not -BeNullOrEmpty
        Clear-TestSandboxRequest -Sandbox $sandbox
        $secureToken = ConvertTo-SecureString -String $token -AsPlainText -Force

        $text = & {
            Connect-Nexudus -BaseUri $sandbox.BaseUri -AccessToken $secureToken -BusinessId $demo.Business1 -NoRateLimit -Verbose -PassThru
            New-CommunityGroup -UserId $demo.User1 -Name 'By token' -Verbose
            Get-NexudusConnection
        } *>&1 | ConvertTo-TestStreamText

        (Get-NexudusConnection).AuthMode | Should -Be 'Token'
        @(Get-CommunityGroup -Name 'By token').Count | Should -Be 1
        @(Get-TestSandboxRequest -Sandbox $sandbox -Path '/api/token').Count | Should -Be 0
        $text | Should -Not -BeLike "*$token*"
    }
}

Describe 'Not connected' {
    BeforeAll {
        Disconnect-Nexudus
    }

    It '<Name> says to run Connect-Nexudus first' -ForEach @(
        @{ Name = 'Get-CommunityGroup'; Run = { Get-CommunityGroup -ErrorAction Stop } }
        @{ Name = 'New-CommunityGroup'; Run = { New-CommunityGroup -UserId $demo.User1 -Name 'Nowhere' -ErrorAction Stop } }
        @{ Name = 'Set-CommunityGroup'; Run = { Set-CommunityGroup -Id 1 -Description 'x' -ErrorAction Stop } }
        @{ Name = 'Remove-CommunityGroup'; Run = { Remove-CommunityGroup -Id 1 -Force -ErrorAction Stop } }
        @{ Name = 'Get-CommunityGroupCommand'; Run = { Get-CommunityGroupCommand -ErrorAction Stop } }
        @{ Name = 'Invoke-CommunityGroupCommand'; Run = { Invoke-CommunityGroupCommand -Key SET_PRIVATE -Id 1 -ErrorAction Stop } }
        @{ Name = 'Get-VideoRoom'; Run = { Get-VideoRoom -ErrorAction Stop } }
        @{ Name = 'New-VideoRoom'; Run = { New-VideoRoom -Name 'Nowhere' -NumberOfParticipants 2 -ErrorAction Stop } }
        @{ Name = 'Get-NexudusBusiness'; Run = { Get-NexudusBusiness -ErrorAction Stop } }
    ) {
        $refused = $Run | Should -Throw -ExpectedMessage '*Connect-Nexudus*' -PassThru

        $refused.CategoryInfo.Category | Should -Be 'ConnectionError'
    }

    It 'Get-NexudusConnection writes a ConnectionError and returns nothing' {
        $connection = Get-NexudusConnection -ErrorVariable problems -ErrorAction SilentlyContinue

        $connection | Should -BeNullOrEmpty
        $problems.Count | Should -Be 1
        $problems[0].CategoryInfo.Category | Should -Be 'ConnectionError'
        $problems[0].ToString() | Should -BeLike '*Connect-Nexudus*'
    }

    It 'Disconnect-Nexudus forgets the default connection' {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        Get-CommunityGroup | Should -BeNullOrEmpty

        Disconnect-Nexudus

        { Get-CommunityGroup -ErrorAction Stop } | Should -Throw -ExpectedMessage '*Connect-Nexudus*'
    }
}

Describe 'Secrets never reach a stream' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Disconnect-Nexudus
    }

    It 'no password, Basic header or issued token appears in output, errors, verbose, debug, warnings or information' {
        $records = & {
            $VerbosePreference = 'Continue'
            $DebugPreference = 'Continue'
            $InformationPreference = 'Continue'
            foreach ($mode in 'Token', 'Basic') {
                Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential -AuthMode $mode -BusinessId $demo.Business1 -NoRateLimit -Verbose -Debug -PassThru
                New-CommunityGroup -UserId $demo.User1 -Name "Secretive $mode" -Verbose -Debug
                Get-CommunityGroup -Verbose -Debug
                Get-CommunityGroup -Id 424242 -Verbose -Debug
                Get-NexudusConnection
            }
            Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.ReaderCredential -BusinessId $demo.Business1 -NoRateLimit -Verbose -Debug
            New-CommunityGroup -UserId $demo.User1 -Name 'Refused' -Verbose -Debug
            try {
                Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential (New-TestCredential -UserName 'admin@example.com' -Password 'Wrong-Pa55!') -NoRateLimit -Verbose -Debug
            }
            catch {
                $_
            }
        } *>&1
        $text = $records | ConvertTo-TestStreamText
        $basicHeader = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("admin@example.com:$adminPassword"))

        @($records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like '*HTTP GET*' }).Count |
            Should -BeGreaterThan 0 -Because 'the verbose stream traces each request'
        $text | Should -Not -BeLike "*$adminPassword*"
        $text | Should -Not -BeLike "*$readerPassword*"
        $text | Should -Not -BeLike '*Wrong-Pa55!*'
        $text | Should -Not -BeLike "*$basicHeader*"
        # The sandbox's tokens (access and refresh) are 43 characters of base64url; nothing else here is that long.
        $text | Should -Not -Match '[A-Za-z0-9_-]{43}' -Because 'no token the server issued may reach a stream'
    }
}
