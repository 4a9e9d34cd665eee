<#
    A stand-in for Microsoft.PowerShell.SecretStore 1.0.6, the vault SecretManagement's stand-in reads in tests.
    As the genuine store: one store per user; creating it needs a password even when it will not ask for one later
    (without -Password it prompts, which fails in -NonInteractive); with -Authentication Password it stays locked
    in every new process until Unlock-SecretStore -Password, and reading it then fails with SecretManagement's
    PasswordRequiredException.
#>
Set-StrictMode -Version 2.0
. (Join-Path $PSScriptRoot 'SecretStoreState.ps1')

function Set-SecretStoreConfiguration {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [ValidateSet('CurrentUser', 'AllUsers')] [string] $Scope = 'CurrentUser',
        [ValidateSet('None', 'Password')] [string] $Authentication = 'Password',
        [int] $PasswordTimeout = 900,
        [ValidateSet('None', 'Prompt')] [string] $Interaction = 'Prompt',
        [securestring] $Password,
        [switch] $PassThru,
        [switch] $Force
    )
    $configuration = Read-StoreConfiguration
    if (-not $configuration) {
        if (-not $Password) {
            Write-Host 'Creating a new Microsoft.PowerShell.SecretStore vault. A password is required by the current store configuration.'
            $Password = $Host.UI.ReadLineAsSecureString()
        }
        $configuration = @{ PasswordHash = Get-PasswordHash -Password $Password }
    }
    elseif ($configuration.Authentication -eq 'Password' -and $Authentication -eq 'Password' -and $Password -and (Get-PasswordHash -Password $Password) -ne $configuration.PasswordHash) {
        Assert-StoreOpen
    }
    if (-not ($Force -or $PSCmdlet.ShouldProcess('SecretStore', 'Change the store configuration'))) { return }
    $configuration.Authentication = $Authentication
    $configuration.Interaction = $Interaction
    $configuration.PasswordTimeout = $PasswordTimeout
    Save-StoreConfiguration -Configuration $configuration
    if ($PassThru) { Get-SecretStoreConfiguration }
}

function Get-SecretStoreConfiguration {
    [CmdletBinding()]
    param()
    $configuration = Read-StoreConfiguration
    if ($configuration) {
        [pscustomobject]@{ Scope = 'CurrentUser'; Authentication = $configuration.Authentication; PasswordTimeout = $configuration.PasswordTimeout; Interaction = $configuration.Interaction }
    }
}

function Unlock-SecretStore {
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] [securestring] $Password, [int] $PasswordTimeout)
    $configuration = Read-StoreConfiguration
    if (-not $configuration -or (Get-PasswordHash -Password $Password) -ne $configuration.PasswordHash) {
        $PSCmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord -ArgumentList ([System.Security.SecurityException]::new('Invalid password.')), 'UnlockSecretStoreInvalidPassword', 'InvalidArgument', $null))
    }
    Set-StoreUnlocked
}

Export-ModuleMember -Function Set-SecretStoreConfiguration, Get-SecretStoreConfiguration, Unlock-SecretStore
