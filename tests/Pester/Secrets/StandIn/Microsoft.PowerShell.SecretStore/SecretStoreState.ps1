<#
    The stand-in SecretStore's one store per user, shared by the module and its vault extension: a configuration
    and the secrets under $HOME/.secretstore-standin (test data only, as CliXml), and whether the store is unlocked,
    which holds for the whole process as the genuine store's does.
#>

function Get-StoreFolder {
    $userHome = [Environment]::GetEnvironmentVariable('HOME')
    if (-not $userHome) { $userHome = $HOME }
    Join-Path $userHome '.secretstore-standin'
}

function Read-StoreConfiguration {
    $path = Join-Path (Get-StoreFolder) 'config.clixml'
    if (Test-Path -LiteralPath $path) { Import-Clixml -LiteralPath $path }
}

function Save-StoreConfiguration {
    param([hashtable] $Configuration)
    $null = New-Item -ItemType Directory -Force -Path (Get-StoreFolder)
    $Configuration | Export-Clixml -LiteralPath (Join-Path (Get-StoreFolder) 'config.clixml')
}

function Get-PasswordHash {
    param([securestring] $Password)
    $plain = (New-Object System.Net.NetworkCredential -ArgumentList '', $Password).Password
    $sha = [System.Security.Cryptography.SHA256]::Create()
    try { [Convert]::ToBase64String($sha.ComputeHash([Text.Encoding]::UTF8.GetBytes($plain))) } finally { $sha.Dispose() }
}

function Get-UnlockKey { 'SecretStoreStandIn.Unlocked|' + (Get-StoreFolder) }

function Set-StoreUnlocked { [AppDomain]::CurrentDomain.SetData((Get-UnlockKey), $true) }

function Assert-StoreOpen {
    # The genuine store's words when a password is needed and nobody may be asked for it.
    $configuration = Read-StoreConfiguration
    $open = $configuration -and ($configuration.Authentication -eq 'None' -or [AppDomain]::CurrentDomain.GetData((Get-UnlockKey)) -eq $true)
    if ($open) { return }
    if (-not ('Microsoft.PowerShell.SecretManagement.PasswordRequiredException' -as [type])) {
        Add-Type -TypeDefinition 'namespace Microsoft.PowerShell.SecretManagement { public sealed class PasswordRequiredException : System.InvalidOperationException { public PasswordRequiredException(string message) : base(message) { } } }'
    }
    throw (New-Object Microsoft.PowerShell.SecretManagement.PasswordRequiredException -ArgumentList "A valid password is required to access the Microsoft.PowerShell.SecretStore vault.`nUse the Unlock-SecretStore cmdlet to provide the required password to access the store.")
}

function Get-SecretFile {
    # One CliXml file per secret, so that every type (a byte array too) comes back as it went in.
    param([string] $Name)
    Join-Path (Join-Path (Get-StoreFolder) 'secrets') ([uri]::EscapeDataString($Name) + '.clixml')
}

function Get-StoredSecretNames {
    $folder = Join-Path (Get-StoreFolder) 'secrets'
    if (Test-Path -LiteralPath $folder) {
        Get-ChildItem -LiteralPath $folder -Filter '*.clixml' | ForEach-Object { [uri]::UnescapeDataString($_.BaseName) }
    }
}
