<#
    Tokens as the API documents them, against the local API sandbox: the client id at sign-in and as a header on
    refresh, refresh-token rotation, and the sign-in refusals a script meets (two-factor, password reset), first as
    Connect-Nexudus shows them, then as the sandbox's token endpoint answers any client.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
    $resetCredential = New-TestCredential -UserName 'reset@example.com' -Password 'Reset-Pa55!'

    function Get-SandboxTokenPair {
        param([string] $ClientId)
        $form = @{ grant_type = 'password'; username = 'admin@example.com'; password = 'Sandbox-Pa55!' }
        if ($ClientId) { $form['client_id'] = $ClientId }
        (Invoke-TestSandboxHttp -Sandbox $sandbox -Method POST -Path 'api/token' -Form $form).Body | ConvertFrom-Json
    }

    function Invoke-SandboxRefresh {
        param([string] $RefreshToken, [string] $ClientId)
        $header = @{}
        if ($ClientId) { $header['client_id'] = $ClientId }
        Invoke-TestSandboxHttp -Sandbox $sandbox -Method POST -Path 'api/token' -Form @{ grant_type = 'refresh_token'; refresh_token = $RefreshToken } -Header $header
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Connect-Nexudus and tokens' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Disconnect-Nexudus
        Set-TestSandboxTokenLifetime -Sandbox $sandbox -Seconds 86400
    }

    AfterAll {
        Set-TestSandboxTokenLifetime -Sandbox $sandbox -Seconds 86400
    }

    It 'refreshes with the client id in a header (<Case>)' -ForEach @(
        @{ Case = 'given'; ClientId = 'pester-nightly'; Expected = 'pester-nightly' }
        @{ Case = 'the user name by default'; ClientId = $null; Expected = 'admin@example.com' }
    ) {
        # A 2 s token is renewed at three quarters of its life.
        Set-TestSandboxTokenLifetime -Sandbox $sandbox -Seconds 2
        $connect = @{ BaseUri = $sandbox.BaseUri; Credential = $sandbox.AdminCredential; BusinessId = $demo.Business1; NoRateLimit = $true }
        if ($ClientId) { $connect['ClientId'] = $ClientId }
        Connect-Nexudus @connect
        Start-Sleep -Milliseconds 1700

        $text = & { Get-CommunityGroup -Verbose } *>&1 | ConvertTo-TestStreamText

        $requests = @(Get-TestSandboxTokenRequest -Sandbox $sandbox)
        $requests.GrantType | Should -Be @('password', 'refresh_token')
        $requests[0].FormClientId | Should -BeExactly $Expected
        $requests[1].HeaderClientId | Should -BeExactly $Expected
        $requests.Outcome | Should -Be @('issued', 'issued')
        $text | Should -BeLike '*Refreshing the access token*'
    }

    It 'keeps working over several refreshes, each with the newest refresh token' {
        Set-TestSandboxTokenLifetime -Sandbox $sandbox -Seconds 1
        Connect-TestSandbox -Sandbox $sandbox

        foreach ($round in 1..3) {
            Start-Sleep -Milliseconds 900
            Get-CommunityGroup -ErrorAction Stop | Out-Null
        }

        $requests = @(Get-TestSandboxTokenRequest -Sandbox $sandbox)
        @($requests | Where-Object GrantType -EQ 'refresh_token').Count | Should -BeGreaterOrEqual 3
        @($requests | Where-Object Outcome -NE 'issued').Count | Should -Be 0 -Because 'a refresh token the server had forgotten would be refused'
        @($requests | Where-Object GrantType -EQ 'password').Count | Should -Be 1
    }

    It 'uses a token that lives under a minute for its life, not renewing it before every request' {
        Set-TestSandboxTokenLifetime -Sandbox $sandbox -Seconds 50
        Connect-TestSandbox -Sandbox $sandbox

        1..5 | ForEach-Object { New-CommunityGroup -UserId $demo.User1 -Name "Short $_" } | Out-Null
        Get-CommunityGroup | Out-Null

        @(Get-TestSandboxTokenRequest -Sandbox $sandbox).GrantType | Should -Be @('password')
    }

    It 'renews a revoked token once, unnoticed, even for a create' {
        Connect-TestSandbox -Sandbox $sandbox
        Clear-TestSandboxRequest -Sandbox $sandbox
        $null = Invoke-TestSandboxHttp -Sandbox $sandbox -Method POST -Path '_sandbox/tokens/revoke'

        New-CommunityGroup -UserId $demo.User1 -Name 'After revoke' -ErrorAction Stop | Out-Null

        @(Get-TestSandboxRequest -Sandbox $sandbox | Where-Object Status -EQ 401).Count | Should -Be 1
        @(Get-TestSandboxTokenRequest -Sandbox $sandbox | Select-Object -Skip 1).GrantType | Should -Be @('refresh_token')
        @(Get-CommunityGroup -Name 'After revoke').Count | Should -Be 1
    }

    It 'gives one AuthenticationError, not a loop of renewals, when the server refuses every token it issues' {
        Connect-TestSandbox -Sandbox $sandbox
        Set-TestSandboxTokenLifetime -Sandbox $sandbox -Seconds 0
        $null = Invoke-TestSandboxHttp -Sandbox $sandbox -Method POST -Path '_sandbox/tokens/revoke'
        Clear-TestSandboxRequest -Sandbox $sandbox

        Get-CommunityGroup -ErrorVariable problems -ErrorAction SilentlyContinue | Out-Null

        $problems.Count | Should -Be 1
        $problems[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        @(Get-TestSandboxRequest -Sandbox $sandbox -Path '/api/token').Count | Should -BeLessOrEqual 2
    }

    It 'says a two-factor account needs -Totp when none is given' {
        $refused = { Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.TwoFactorCredential -NoRateLimit } | Should -Throw -PassThru

        $refused.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $refused.Exception.Message | Should -BeExactly "Sign-in as 'twofactor@example.com' failed: the account needs two-factor sign-in: pass the current code from the authenticator app with -Totp."
        $refused.ErrorDetails.RecommendedAction | Should -BeLike '*-Totp*'
        (Get-TestSandboxTokenRequest -Sandbox $sandbox)[-1].Outcome | Should -Be 'two_factor_auth_check'
    }

    It 'says a wrong -Totp was not accepted, without showing it' {
        $refused = { Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.TwoFactorCredential -Totp 654321 -NoRateLimit } | Should -Throw -PassThru

        $refused.Exception.Message | Should -BeLike "*the two-factor code was not accepted (wrong, or no longer current): pass the current code from the authenticator app with -Totp."
        ($refused | ConvertTo-TestStreamText) | Should -Not -BeLike '*654321*'
    }

    It 'says a password that must be reset has to be reset in the dashboard' {
        $refused = { Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $resetCredential -NoRateLimit } | Should -Throw -PassThru

        $refused.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $refused.Exception.Message | Should -BeLike '*the password must be reset in the Nexudus dashboard before the API can be used.'
        $refused.ErrorDetails.RecommendedAction | Should -BeLike 'Reset the account*password*'
    }
}

Describe 'The sandbox''s token endpoint' {
    BeforeEach {
        Set-TestSandboxTokenLifetime -Sandbox $sandbox -Seconds 86400
    }

    It 'issues a token that lives a day, as the docs'' example' {
        (Get-SandboxTokenPair).expires_in | Should -Be 86400
    }

    It 'refuses a refresh without the client_id header, or with another client''s' {
        $pair = Get-SandboxTokenPair -ClientId 'job-a'

        $missing = Invoke-SandboxRefresh -RefreshToken $pair.refresh_token
        $other = Invoke-SandboxRefresh -RefreshToken $pair.refresh_token -ClientId 'job-b'
        $right = Invoke-SandboxRefresh -RefreshToken $pair.refresh_token -ClientId 'job-a'

        $missing.StatusCode | Should -Be 400
        ($missing.Body | ConvertFrom-Json).error | Should -Be 'invalid_grant'
        ($other.Body | ConvertFrom-Json).error | Should -Be 'invalid_grant'
        $right.StatusCode | Should -Be 200
        ($right.Body | ConvertFrom-Json).refresh_token | Should -Not -Be $pair.refresh_token
    }

    It 'forgets a client''s earlier refresh tokens when it issues a new one' {
        $first = Get-SandboxTokenPair -ClientId 'job-a'
        $refreshed = (Invoke-SandboxRefresh -RefreshToken $first.refresh_token -ClientId 'job-a').Body | ConvertFrom-Json
        $otherClient = Get-SandboxTokenPair -ClientId 'job-b'

        (Invoke-SandboxRefresh -RefreshToken $first.refresh_token -ClientId 'job-a').StatusCode | Should -Be 400 -Because 'a refresh replaced it'
        $again = Get-SandboxTokenPair -ClientId 'job-a'
        (Invoke-SandboxRefresh -RefreshToken $refreshed.refresh_token -ClientId 'job-a').StatusCode | Should -Be 400 -Because 'a new sign-in of the same client replaced it'
        (Invoke-SandboxRefresh -RefreshToken $again.refresh_token -ClientId 'job-a').StatusCode | Should -Be 200
        (Invoke-SandboxRefresh -RefreshToken $otherClient.refresh_token -ClientId 'job-b').StatusCode | Should -Be 200 -Because 'other client ids keep theirs'
    }

    It 'answers <Case> with 400 and error <Code>' -ForEach @(
        @{ Case = 'a JSON body'; Code = 'unsupported_grant_type'; Json = @{ grant_type = 'password'; username = 'admin@example.com'; password = 'Sandbox-Pa55!' } }
        @{ Case = 'a wrong password'; Code = 'invalid_grant'; Form = @{ grant_type = 'password'; username = 'admin@example.com'; password = 'nope' } }
        @{ Case = 'two-factor without a code'; Code = 'two_factor_auth_check'; Form = @{ grant_type = 'password'; username = 'twofactor@example.com'; password = 'TwoFactor-Pa55!' } }
        @{ Case = 'two-factor with a wrong code'; Code = 'two_factor_auth_check'; Form = @{ grant_type = 'password'; username = 'twofactor@example.com'; password = 'TwoFactor-Pa55!'; totp = '000000' } }
        @{ Case = 'a password that must be reset'; Code = 'must_reset_password'; Form = @{ grant_type = 'password'; username = 'reset@example.com'; password = 'Reset-Pa55!' } }
        @{ Case = 'an unknown grant'; Code = 'unsupported_grant_type'; Form = @{ grant_type = 'client_credentials' } }
    ) {
        $request = @{ Sandbox = $sandbox; Method = 'POST'; Path = 'api/token' }
        if ($Form) { $request['Form'] = $Form } else { $request['Json'] = $Json }

        $answer = Invoke-TestSandboxHttp @request

        $answer.StatusCode | Should -Be 400
        ($answer.Body | ConvertFrom-Json).error | Should -BeExactly $Code
    }

    It 'lets the password-reset user in nowhere, Basic authentication included' {
        (Invoke-TestSandboxHttp -Sandbox $sandbox -Path 'api/community/communitygroups' -Credential $resetCredential).StatusCode | Should -Be 401
    }
}
