<#
    Connect-Nexudus, Get-NexudusConnection and Disconnect-Nexudus against the local API sandbox: every way of signing
    in (credential in Token or Basic mode, two-factor code, bearer token, SecretManagement secret), the error a
    script gets when it is not connected, and that no secret ever reaches a stream.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
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
        $connection = Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential -AuthMode $Mode -BusinessId 1001 -NoRateLimit -PassThru
        $group = New-CommunityGroup -UserId 5001 -Name "Via $Mode"

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
        $connection.BusinessId | Should -Be 1001
        $connection.BusinessName | Should -Be 'Sandbox Coworking'
        $text = $connection, ($connection | Format-List -Property * | Out-String) | ConvertTo-TestStreamText
        $text | Should -Not -BeLike "*$adminPassword*"
    }

    It 'signs a two-factor account in only with -Totp, and the code appears in no stream' {
        $refused = { Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.TwoFactorCredential -NoRateLimit } |
            Should -Throw -PassThru
        $refused.CategoryInfo.Category | Should -Be 'AuthenticationError'

        $text = & {
            Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.TwoFactorCredential -Totp 123456 -BusinessId 1001 -NoRateLimit -Verbose -PassThru
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

    It 'keeps two connections apart through -Connection' {
        $admin = Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential -BusinessId 1001 -NoRateLimit -PassThru
        $reader = Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.ReaderCredential -BusinessId 1002 -NoRateLimit -PassThru

        $created = New-CommunityGroup -UserId 5001 -Name 'By admin' -Connection $admin

        (Get-NexudusConnection).UserName | Should -Be 'reader@example.com'
        $admin.UserName | Should -Be 'admin@example.com'
        $created.BusinessId | Should -Be 1001
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
            Connect-Nexudus -BaseUri $sandbox.BaseUri -AccessToken $secureToken -BusinessId 1001 -NoRateLimit -Verbose -PassThru
            New-CommunityGroup -UserId 5001 -Name 'By token' -Verbose
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
        @{ Name = 'New-CommunityGroup'; Run = { New-CommunityGroup -UserId 5001 -Name 'Nowhere' -ErrorAction Stop } }
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

Describe 'Connect-Nexudus -SecretName (SecretManagement)' {
    BeforeAll {
        # A stand-in for Microsoft.PowerShell.SecretManagement: a Get-Secret that returns what a vault would, and
        # fails as the real one does for a missing secret. The real module, if loaded, is set aside for this block.
        Remove-Module -Name Microsoft.PowerShell.SecretManagement -Force -ErrorAction SilentlyContinue
        $standIn = New-Module -Name Microsoft.PowerShell.SecretManagement -ScriptBlock {
            $script:Vaults = @{ Default = @{}; Other = @{} }
            function Set-Secret {
                param([string] $Name, $Secret, [string] $Vault = 'Default')
                $script:Vaults[$Vault][$Name] = $Secret
            }
            function Get-Secret {
                [CmdletBinding()]
                param([string] $Name, [string] $Vault)
                $names = if ($Vault) { @($Vault) } else { @($script:Vaults.Keys) }
                foreach ($v in $names) {
                    if ($script:Vaults[$v].ContainsKey($Name)) { return $script:Vaults[$v][$Name] }
                }
                Write-Error "Get-Secret : The secret $Name was not found." -ErrorAction Stop
            }
            Export-ModuleMember -Function Get-Secret, Set-Secret
        }
        $standIn | Import-Module -Global -Force
    }

    AfterAll {
        Remove-Module -Name Microsoft.PowerShell.SecretManagement -Force -ErrorAction SilentlyContinue
    }

    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Disconnect-Nexudus
    }

    It 'connects a runbook by secret name alone, and the password appears in no stream' {
        Set-Secret -Name Nexudus -Secret $sandbox.AdminCredential

        $text = & {
            Connect-Nexudus -SecretName Nexudus -BaseUri $sandbox.BaseUri -BusinessId 1001 -NoRateLimit -Verbose -PassThru
            New-CommunityGroup -UserId 5001 -Name 'From runbook' -Verbose
        } *>&1 | ConvertTo-TestStreamText

        (Get-NexudusConnection).UserName | Should -Be 'admin@example.com'
        @(Get-CommunityGroup -Name 'From runbook').Count | Should -Be 1
        $text | Should -Not -BeLike "*$adminPassword*"
    }

    It 'reads the secret from the vault named by -Vault' {
        Set-Secret -Name Nexudus -Secret $sandbox.ReaderCredential -Vault Other

        Connect-Nexudus -SecretName Nexudus -Vault Other -BaseUri $sandbox.BaseUri -NoRateLimit

        (Get-NexudusConnection).UserName | Should -Be 'reader@example.com'
    }

    It 'accepts a secret stored as a hashtable with UserName and Password' {
        Set-Secret -Name AsTable -Secret @{ UserName = 'admin@example.com'; Password = $sandbox.AdminCredential.Password }

        Connect-Nexudus -SecretName AsTable -BaseUri $sandbox.BaseUri -BusinessId 1001 -NoRateLimit

        (Get-NexudusConnection).UserName | Should -Be 'admin@example.com'
    }

    It 'names a missing secret in an ObjectNotFound error' {
        $refused = { Connect-Nexudus -SecretName Missing -BaseUri $sandbox.BaseUri -NoRateLimit } | Should -Throw -PassThru

        $refused.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $refused.Exception.Message | Should -BeLike '*Missing*'
    }

    It 'refuses a secret that is not a credential without showing its value' {
        Set-Secret -Name Plain -Secret 'just a string'

        $refused = { Connect-Nexudus -SecretName Plain -BaseUri $sandbox.BaseUri -NoRateLimit } | Should -Throw -PassThru

        $refused.Exception.Message | Should -BeLike '*not a credential*'
        ($refused | ConvertTo-TestStreamText) | Should -Not -BeLike '*just a string*'
    }
}

Describe 'Connect-Nexudus -SecretName without SecretManagement installed' {
    # With the real module installed, Connect-Nexudus would load it: nothing to show then.
    It 'says how to install SecretManagement' -Skip:([bool] (Get-Module -ListAvailable -Name Microsoft.PowerShell.SecretManagement)) {
        Remove-Module -Name Microsoft.PowerShell.SecretManagement -Force -ErrorAction SilentlyContinue

        $refused = { Connect-Nexudus -SecretName Nexudus -BaseUri $sandbox.BaseUri -NoRateLimit } | Should -Throw -PassThru

        $refused.CategoryInfo.Category | Should -Be 'NotInstalled'
        $refused.Exception.Message | Should -BeLike '*Install-Module Microsoft.PowerShell.SecretManagement*'
    }
}

Describe 'Secrets never reach a stream' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Disconnect-Nexudus
    }

    It 'no password or Basic header appears in output, errors, verbose, debug, warnings or information' {
        $records = & {
            $VerbosePreference = 'Continue'
            $DebugPreference = 'Continue'
            $InformationPreference = 'Continue'
            foreach ($mode in 'Token', 'Basic') {
                Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential -AuthMode $mode -BusinessId 1001 -NoRateLimit -Verbose -Debug -PassThru
                New-CommunityGroup -UserId 5001 -Name "Secretive $mode" -Verbose -Debug
                Get-CommunityGroup -Verbose -Debug
                Get-CommunityGroup -Id 424242 -Verbose -Debug
                Get-NexudusConnection
            }
            Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.ReaderCredential -BusinessId 1001 -NoRateLimit -Verbose -Debug
            New-CommunityGroup -UserId 5001 -Name 'Refused' -Verbose -Debug
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
    }
}
