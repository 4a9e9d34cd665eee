# The stand-in SecretStore's vault extension: the five functions SecretManagement calls (Get-Secret returns what was
# stored, unchanged: SecretManagement turns strings into SecureStrings).
Set-StrictMode -Version 2.0
. (Join-Path (Split-Path -Parent $PSScriptRoot) 'SecretStoreState.ps1')

function Get-Secret {
    param([string] $Name, [string] $VaultName, [hashtable] $AdditionalParameters)
    Assert-StoreOpen
    $path = Get-SecretFile -Name $Name
    if (Test-Path -LiteralPath $path) { , (Import-Clixml -LiteralPath $path) }
}

function Set-Secret {
    param([string] $Name, [object] $Secret, [string] $VaultName, [hashtable] $AdditionalParameters)
    Assert-StoreOpen
    $path = Get-SecretFile -Name $Name
    $null = New-Item -ItemType Directory -Force -Path (Split-Path -Parent $path)
    Export-Clixml -InputObject $Secret -LiteralPath $path
    $true
}

function Remove-Secret {
    param([string] $Name, [string] $VaultName, [hashtable] $AdditionalParameters)
    Assert-StoreOpen
    Remove-Item -LiteralPath (Get-SecretFile -Name $Name) -ErrorAction SilentlyContinue
    $true
}

function Get-SecretInfo {
    param([string] $Filter, [string] $VaultName, [hashtable] $AdditionalParameters)
    Assert-StoreOpen
    foreach ($name in @(Get-StoredSecretNames | Where-Object { $_ -like $Filter } | Sort-Object)) {
        [pscustomobject]@{ Name = $name; Type = (Import-Clixml -LiteralPath (Get-SecretFile -Name $name)).GetType().Name; VaultName = $VaultName }
    }
}

function Test-SecretVault {
    param([string] $VaultName, [hashtable] $AdditionalParameters)
    $true
}
