<#
    A stand-in for Microsoft.PowerShell.SecretManagement 1.1.2, for machines where the genuine module is not at hand.
    It answers as the genuine one does (Secrets.Tests.ps1 compares the two where the genuine module is present):

    - Vaults are extension modules (a module with a nested <Module>.Extension module) registered per user, here in
      $HOME/.secretmanagement-standin. The first vault registered becomes the default. Get-Secret without -Vault
      searches the default vault first, then the others by name.
    - Get-Secret returns a stored string as a SecureString, and every string value of a stored hashtable as a
      SecureString, the user name too; -AsPlainText returns strings (SecureStrings too) instead.
    - Errors carry the genuine ids, categories and words: 'The secret NAME was not found.' (GetSecretNotFound,
      ObjectNotFound, not terminating), 'Vault not found in registry: NAME' (GetSecretVaultNotFound, terminating), a
      locked vault's PasswordRequiredException (terminating).
    - The genuine module reads every vault through one runspace for the whole process, which refuses a second
      pipeline while one runs (PowerShell/SecretManagement issue 188): a read from another runspace at the same
      moment fails with 'Unable to get secret information from vault NAME' (GetSecretInfoInvalidOperation, not
      terminating) and the search goes on. So does this one.

    Test data only: secrets are kept as CliXml under $HOME, which tests point at a temporary folder.
#>
Set-StrictMode -Version 2.0

# One vault pipeline per process, as the genuine module's shared runspace: an interned string is the same object in
# every runspace of the process.
$script:VaultPipeline = [string]::Intern('Microsoft.PowerShell.SecretManagement stand-in: one vault pipeline per process')
# How long a vault read keeps that pipeline busy (the genuine one takes a few to some tens of milliseconds).
$script:VaultReadTime = [TimeSpan]::FromMilliseconds(40)

$script:NoVaultRegistered = @'

        There are currently no extension vaults registered.
        At least one vault must be registered before SecretManagement can add or retrieve secrets.
        You can download SecretManagement extension vault modules from PowerShellGallery.
        https://aka.ms/SecretManagementVaults
        
'@

#region Registry

function Get-RegistryPath {
    $userHome = [Environment]::GetEnvironmentVariable('HOME')
    if (-not $userHome) { $userHome = $HOME }
    Join-Path (Join-Path $userHome '.secretmanagement-standin') 'vaultinfo.clixml'
}

function Read-VaultRegistry {
    $path = Get-RegistryPath
    if (Test-Path -LiteralPath $path) { return Import-Clixml -LiteralPath $path }
    @{ DefaultVaultName = ''; Vaults = @{} }
}

function Save-VaultRegistry {
    param([hashtable] $Registry)
    $path = Get-RegistryPath
    $null = New-Item -ItemType Directory -Force -Path (Split-Path -Parent $path)
    $Registry | Export-Clixml -LiteralPath $path
}

function Find-Vault {
    param([hashtable] $Registry, [string] $Name)
    foreach ($key in $Registry.Vaults.Keys) {
        if ([string]::Equals($key, $Name, [StringComparison]::OrdinalIgnoreCase)) {
            return [pscustomobject]@{ Name = $key; Info = $Registry.Vaults[$key] }
        }
    }
}

function Get-SearchOrder {
    # The default vault first, then the others by name.
    param([hashtable] $Registry)
    $default = Find-Vault -Registry $Registry -Name $Registry.DefaultVaultName
    if ($default) { $default }
    foreach ($name in @($Registry.Vaults.Keys | Sort-Object)) {
        if ($default -and $name -eq $default.Name) { continue }
        [pscustomobject]@{ Name = $name; Info = $Registry.Vaults[$name] }
    }
}

#endregion

#region Vault extension calls

function New-ErrorRecord {
    param([Exception] $Exception, [string] $ErrorId, [System.Management.Automation.ErrorCategory] $Category, $Target)
    New-Object System.Management.Automation.ErrorRecord -ArgumentList $Exception, $ErrorId, $Category, $Target
}

function Invoke-VaultExtension {
    # Runs <Module>.Extension\<Command> inside the vault module, as the genuine module does, while holding the
    # process's one vault pipeline; $null and a GetSecretInfoInvalidOperation error when it is busy.
    param($Vault, [string] $Command, [hashtable] $Parameters, [System.Management.Automation.PSCmdlet] $Caller)
    if (-not [System.Threading.Monitor]::TryEnter($script:VaultPipeline)) {
        $busy = New-Object System.Management.Automation.PSInvalidOperationException -ArgumentList 'The pipeline was not run because a pipeline is already running. Pipelines cannot be run concurrently.'
        $failed = New-Object System.Management.Automation.PSInvalidOperationException -ArgumentList "Unable to get secret information from vault $($Vault.Name)", $busy
        $Caller.WriteError((New-ErrorRecord $failed 'GetSecretInfoInvalidOperation' InvalidOperation $Vault.Name))
        return
    }
    try {
        $module = Get-Module -Name $Vault.Info.ModuleName | Select-Object -First 1
        if (-not $module) { $module = Import-Module -Name $Vault.Info.ModulePath -PassThru -ErrorAction Stop }
        $extension = "$($Vault.Info.ModuleName).Extension\$Command"
        $result = & $module { param($command, $arguments) & $command @arguments } $extension $Parameters
        Start-Sleep -Milliseconds $script:VaultReadTime.TotalMilliseconds
        , $result
    }
    finally {
        [System.Threading.Monitor]::Exit($script:VaultPipeline)
    }
}

function ConvertTo-ReturnedValue {
    # Strings become SecureStrings; with -AsPlainText, SecureStrings become strings.
    param($Value, [bool] $AsPlainText)
    if (-not $AsPlainText -and $Value -is [string]) { return ConvertTo-SecureString -String $Value -AsPlainText -Force }
    if ($AsPlainText -and $Value -is [securestring]) { return (New-Object System.Net.NetworkCredential -ArgumentList '', $Value).Password }
    , $Value    # a byte array stays one object
}

#endregion

function Register-SecretVault {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Position = 0)] [string] $Name,
        [Parameter(Mandatory, Position = 1)] [string] $ModuleName,
        [hashtable] $VaultParameters,
        [switch] $DefaultVault,
        [switch] $AllowClobber,
        [string] $Description,
        [switch] $PassThru
    )
    $module = Get-Module -ListAvailable -Name $ModuleName | Select-Object -First 1
    if (-not $module) {
        $PSCmdlet.ThrowTerminatingError((New-ErrorRecord ([System.InvalidOperationException]::new("Could not load and retrieve module information for module: $ModuleName.")) 'RegisterSecretVaultCantGetModuleInfo' InvalidOperation $ModuleName))
    }
    if (-not $Name) { $Name = $module.Name }
    $registry = Read-VaultRegistry
    if ((Find-Vault -Registry $registry -Name $Name) -and -not $AllowClobber) {
        $PSCmdlet.WriteError((New-ErrorRecord ([System.InvalidOperationException]::new('Provided Name for vault is already being used.')) 'RegisterSecretVaultInvalidVaultName' InvalidArgument $Name))
        return
    }
    if (-not $PSCmdlet.ShouldProcess($Name, 'Register module as a SecretManagement extension vault for current user')) { return }
    $parameters = if ($VaultParameters) { $VaultParameters } else { @{} }
    $registry.Vaults[$Name] = @{ ModuleName = $module.Name; ModulePath = $module.ModuleBase; VaultParameters = $parameters; Description = $Description }
    if ($DefaultVault -or -not $registry.DefaultVaultName) { $registry.DefaultVaultName = $Name }
    Save-VaultRegistry -Registry $registry
    if ($PassThru) { Get-SecretVault -Name $Name }
}

function Unregister-SecretVault {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory, Position = 0)] [string] $Name)
    $registry = Read-VaultRegistry
    $vault = Find-Vault -Registry $registry -Name $Name
    if (-not $vault) {
        $PSCmdlet.WriteError((New-ErrorRecord ([System.Management.Automation.ItemNotFoundException]::new("Unable to find secret vault $Name to unregister it.")) 'UnregisterSecretVaultObjectNotFound' ObjectNotFound $Name))
        return
    }
    $registry.Vaults.Remove($vault.Name)
    if ($registry.DefaultVaultName -eq $vault.Name) { $registry.DefaultVaultName = '' }
    Save-VaultRegistry -Registry $registry
}

function Get-SecretVault {
    [CmdletBinding()]
    param([Parameter(Position = 0)] [string[]] $Name)
    $registry = Read-VaultRegistry
    $patterns = if ($Name) { $Name } else { @('*') }
    foreach ($pattern in $patterns) {
        $matched = @($registry.Vaults.Keys | Where-Object { $_ -like $pattern } | Sort-Object)
        if ($matched.Count -eq 0 -and -not [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($pattern)) {
            $PSCmdlet.WriteError((New-ErrorRecord ([System.Management.Automation.ItemNotFoundException]::new("Vault $pattern does not exist in registry.")) 'GetSecretVaultObjectNotFound' ObjectNotFound $pattern))
        }
        foreach ($vaultName in $matched) {
            $info = $registry.Vaults[$vaultName]
            [pscustomobject]@{
                PSTypeName      = 'Microsoft.PowerShell.SecretManagement.SecretVaultInfo'
                Name            = $vaultName
                ModuleName      = $info.ModuleName
                ModulePath      = $info.ModulePath
                Description     = $info.Description
                VaultParameters = $info.VaultParameters
                IsDefault       = ($vaultName -eq $registry.DefaultVaultName)
            }
        }
    }
}

function Set-Secret {
    [CmdletBinding(DefaultParameterSetName = 'SecureStringParameterSet', SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, Position = 0)] [ValidateNotNullOrEmpty()] [string] $Name,
        [Parameter(Mandatory, Position = 1, ValueFromPipeline, ParameterSetName = 'ObjectParameterSet')] [object] $Secret,
        [Parameter(Mandatory, Position = 1, ValueFromPipeline, ParameterSetName = 'SecureStringParameterSet')] [securestring] $SecureStringSecret,
        [Parameter(Position = 2)] [string] $Vault,
        [hashtable] $Metadata,
        [switch] $NoClobber
    )
    process {
        # Assigned in the branches: an if statement's output would unroll a byte array.
        if ($PSCmdlet.ParameterSetName -eq 'SecureStringParameterSet') { $value = $SecureStringSecret } else { $value = $Secret }
        if ($value -is [psobject]) { $value = $value.PSObject.BaseObject }
        if ($value -is [hashtable]) {
            foreach ($key in $value.Keys) {
                $entry = $value[$key]
                if (-not ($entry -is [byte[]] -or $entry -is [string] -or $entry -is [securestring] -or $entry -is [pscredential])) {
                    $PSCmdlet.WriteError((New-ErrorRecord ([System.ArgumentException]::new("The object type for $key Hashtable entry is not supported. Supported types are byte[], string, SecureString, PSCredential")) 'SetSecretInvalidOperation' InvalidArgument $Name))
                    return
                }
            }
        }
        $registry = Read-VaultRegistry
        $target = if ($Vault) { Find-Vault -Registry $registry -Name $Vault } else { Find-Vault -Registry $registry -Name $registry.DefaultVaultName }
        if (-not $target) {
            $message = if ($Vault) { "Vault not found in registry: $Vault" } else { 'Unable to add secret because no default vault is registered.' }
            $PSCmdlet.ThrowTerminatingError((New-ErrorRecord ([System.Management.Automation.PSInvalidOperationException]::new($message)) 'SetSecretVaultNotFound' ObjectNotFound $Name))
        }
        if (-not $PSCmdlet.ShouldProcess($Name, "Write secret to vault $($target.Name)")) { return }
        $null = Invoke-VaultExtension -Vault $target -Command 'Set-Secret' -Caller $PSCmdlet -Parameters @{
            Name = $Name; Secret = $value; VaultName = $target.Name; AdditionalParameters = $target.Info.VaultParameters
        }
    }
}

function Get-Secret {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)] [string] $Name,
        [Parameter(Position = 1)] [string] $Vault,
        [switch] $AsPlainText
    )
    process {
        $registry = Read-VaultRegistry
        if ($Vault) {
            $only = Find-Vault -Registry $registry -Name $Vault
            if (-not $only) {
                $PSCmdlet.ThrowTerminatingError((New-ErrorRecord ([System.Management.Automation.PSInvalidOperationException]::new("Vault not found in registry: $Vault")) 'GetSecretVaultNotFound' ObjectNotFound $PSCmdlet))
            }
            $search = @($only)
        }
        else {
            if ($registry.Vaults.Count -eq 0) { Write-Warning $script:NoVaultRegistered }
            $search = @(Get-SearchOrder -Registry $registry)
        }
        foreach ($candidate in $search) {
            try {
                $found = Invoke-VaultExtension -Vault $candidate -Command 'Get-Secret' -Caller $PSCmdlet -Parameters @{
                    Name = $Name; VaultName = $candidate.Name; AdditionalParameters = $candidate.Info.VaultParameters
                }
            }
            catch {
                $problem = $_.Exception
                while ($problem -is [System.Management.Automation.RuntimeException] -and $problem.InnerException -and $problem.GetType().Name -ne 'PasswordRequiredException') { $problem = $problem.InnerException }
                if ($problem.GetType().Name -eq 'PasswordRequiredException') {
                    $PSCmdlet.ThrowTerminatingError((New-ErrorRecord $problem $problem.GetType().FullName NotSpecified $null))
                }
                $PSCmdlet.WriteError((New-ErrorRecord $problem 'GetSecretException' InvalidOperation $PSCmdlet))
                continue
            }
            if ($null -eq $found) { continue }
            if ($found -is [psobject]) { $found = $found.PSObject.BaseObject }
            if ($found -is [hashtable]) {
                # A new, case-sensitive table, as the genuine module builds it.
                $returned = New-Object System.Collections.Hashtable -ArgumentList $found.Count
                foreach ($key in $found.Keys) { $returned.Add($key, (ConvertTo-ReturnedValue -Value $found[$key] -AsPlainText $AsPlainText)) }
                $PSCmdlet.WriteObject($returned)
            }
            else {
                $PSCmdlet.WriteObject((ConvertTo-ReturnedValue -Value $found -AsPlainText $AsPlainText))
            }
            return
        }
        $PSCmdlet.WriteError((New-ErrorRecord ([System.Management.Automation.ItemNotFoundException]::new("The secret $Name was not found.")) 'GetSecretNotFound' ObjectNotFound $PSCmdlet))
    }
}

function Get-SecretInfo {
    [CmdletBinding()]
    param([Parameter(Position = 0)] [string] $Name = '*', [Parameter(Position = 1)] [string] $Vault)
    $registry = Read-VaultRegistry
    $search = if ($Vault) { @(Find-Vault -Registry $registry -Name $Vault) } else { @(Get-SearchOrder -Registry $registry) }
    foreach ($candidate in $search) {
        Invoke-VaultExtension -Vault $candidate -Command 'Get-SecretInfo' -Caller $PSCmdlet -Parameters @{
            Filter = $Name; VaultName = $candidate.Name; AdditionalParameters = $candidate.Info.VaultParameters
        }
    }
}

function Remove-Secret {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory, Position = 0)] [string] $Name, [Parameter(Mandatory, Position = 1)] [string] $Vault)
    $registry = Read-VaultRegistry
    $target = Find-Vault -Registry $registry -Name $Vault
    if (-not $target) {
        $PSCmdlet.ThrowTerminatingError((New-ErrorRecord ([System.Management.Automation.PSInvalidOperationException]::new("Vault not found in registry: $Vault")) 'RemoveSecretVaultNotFound' ObjectNotFound $Name))
    }
    $null = Invoke-VaultExtension -Vault $target -Command 'Remove-Secret' -Caller $PSCmdlet -Parameters @{
        Name = $Name; VaultName = $target.Name; AdditionalParameters = $target.Info.VaultParameters
    }
}

Export-ModuleMember -Function Register-SecretVault, Unregister-SecretVault, Get-SecretVault, Set-Secret, Get-Secret, Get-SecretInfo, Remove-Secret
