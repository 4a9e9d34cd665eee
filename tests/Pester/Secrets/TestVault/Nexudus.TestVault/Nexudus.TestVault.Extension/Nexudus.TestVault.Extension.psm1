# The five functions SecretManagement calls on an extension vault; each secret is one CliXml file under the vault's Path.
Set-StrictMode -Version 2.0

function Get-SecretPath {
    param([string] $Name, [hashtable] $AdditionalParameters)
    Join-Path $AdditionalParameters['Path'] ([uri]::EscapeDataString($Name) + '.clixml')
}

function Get-Secret {
    param([string] $Name, [string] $VaultName, [hashtable] $AdditionalParameters)
    $path = Get-SecretPath -Name $Name -AdditionalParameters $AdditionalParameters
    if (Test-Path -LiteralPath $path) { , (Import-Clixml -LiteralPath $path) }
}

function Set-Secret {
    param([string] $Name, [object] $Secret, [string] $VaultName, [hashtable] $AdditionalParameters)
    $null = New-Item -ItemType Directory -Force -Path $AdditionalParameters['Path']
    Export-Clixml -InputObject $Secret -LiteralPath (Get-SecretPath -Name $Name -AdditionalParameters $AdditionalParameters)
    $true
}

function Remove-Secret {
    param([string] $Name, [string] $VaultName, [hashtable] $AdditionalParameters)
    Remove-Item -LiteralPath (Get-SecretPath -Name $Name -AdditionalParameters $AdditionalParameters) -ErrorAction SilentlyContinue
    $true
}

function Get-SecretInfo {
    param([string] $Filter, [string] $VaultName, [hashtable] $AdditionalParameters)
    if (-not (Test-Path -LiteralPath $AdditionalParameters['Path'])) { return }
    foreach ($file in Get-ChildItem -LiteralPath $AdditionalParameters['Path'] -Filter '*.clixml') {
        $name = [uri]::UnescapeDataString($file.BaseName)
        if ($name -like $Filter) {
            $value = Import-Clixml -LiteralPath $file.FullName
            $type = if ($value -is [byte[]]) { 'ByteArray' } elseif ($value -is [string]) { 'String' } elseif ($value -is [securestring]) { 'SecureString' }
                    elseif ($value -is [pscredential]) { 'PSCredential' } elseif ($value -is [hashtable]) { 'Hashtable' } else { 'Unknown' }
            # The genuine SecretManagement wants its own SecretInformation; its stand-in takes any object.
            if ('Microsoft.PowerShell.SecretManagement.SecretInformation' -as [type]) {
                New-Object Microsoft.PowerShell.SecretManagement.SecretInformation -ArgumentList $name, ([Microsoft.PowerShell.SecretManagement.SecretType] $type), $VaultName
            }
            else {
                [pscustomobject]@{ Name = $name; Type = $type; VaultName = $VaultName }
            }
        }
    }
}

function Test-SecretVault {
    param([string] $VaultName, [hashtable] $AdditionalParameters)
    $true
}
