<#
.SYNOPSIS
    Runbooks that read their credential through SecretManagement, run as users run them: each in a PowerShell of its
    own (-NoProfile -NonInteractive -File), with a temporary HOME holding its registered vaults, against the sandbox.
.DESCRIPTION
    Two backends:

    Genuine  Microsoft.PowerShell.SecretManagement and Microsoft.PowerShell.SecretStore as published, from
             ../shared/modules beside the repository (this repository's CI machines) or installed. Not on Windows,
             where SecretStore keeps its files in the user profile's LocalApplicationData, which a test cannot move
             to a temporary folder, nor with NEXUDUS_SECRET_TESTS_BACKEND=StandIn (to run the stand-ins' path).
    StandIn  the stand-ins in StandIn/, which answer as the genuine Get-Secret does (SecureString values,
             -AsPlainText, the genuine errors) and are compared with it where it is present.

    Each backend's HOME gets the vaults a runbook author would set up (Initialize-TestSecretHome): LocalStore
    (SecretStore, the default, set up by the help's recipe: no password asked, so no prompt) and Other
    (TestVault/Nexudus.TestVault, a second kind of vault, since every SecretStore vault of a user shares one store).
#>
Set-StrictMode -Version 2.0

$script:RepoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../../..')).ProviderPath
$script:ModuleManifest = Join-Path $script:RepoRoot 'out/NexudusCommunity/NexudusCommunity.psd1'
$script:StandInModules = Join-Path $PSScriptRoot 'StandIn'
$script:TestVaultModules = Join-Path $PSScriptRoot 'TestVault'
$script:IsWindowsHost = [System.IO.Path]::DirectorySeparatorChar -eq '\'

# The password of the SecretStore the tests create: test data, as are the sandbox's passwords.
$script:StorePassword = 'Store-Pa55-for-tests'

function Get-GenuineSecretModules {
    <#
    .SYNOPSIS
        Where the genuine modules are: Path (a folder to put first on the module path; '' when installed), or a
        SkipReason saying why the genuine backend cannot run here.
    #>
    [CmdletBinding()]
    param()
    $shared = Join-Path (Split-Path -Parent $script:RepoRoot) (Join-Path 'shared' 'modules')
    $path = $null
    if ((Test-Path -LiteralPath (Join-Path $shared 'Microsoft.PowerShell.SecretManagement')) -and
        (Test-Path -LiteralPath (Join-Path $shared 'Microsoft.PowerShell.SecretStore'))) {
        $path = (Resolve-Path -LiteralPath $shared).ProviderPath
    }
    elseif ((Get-Module -ListAvailable -Name Microsoft.PowerShell.SecretManagement) -and (Get-Module -ListAvailable -Name Microsoft.PowerShell.SecretStore)) {
        $path = ''
    }
    $reason = if ($env:NEXUDUS_SECRET_TESTS_BACKEND -eq 'StandIn') {
        'NEXUDUS_SECRET_TESTS_BACKEND=StandIn asks for the stand-ins'
    }
    elseif ($null -eq $path) {
        "the genuine Microsoft.PowerShell.SecretManagement and SecretStore are neither installed nor in $shared"
    }
    elseif ($script:IsWindowsHost) {
        "the genuine SecretStore keeps its vault in the Windows profile (LocalApplicationData), which a test cannot point at a temporary folder"
    }
    [pscustomobject]@{ Path = $path; SkipReason = $reason }
}

function Get-RunbookPowerShell {
    <#
    .SYNOPSIS
        The PowerShell that runs the runbooks: the one running the tests where it is an executable, else pwsh from
        PATH or this repository's dotnet tool. FileName and the Arguments that come before the runbook's own;
        $null when there is none.
    #>
    [CmdletBinding()]
    param()
    $dotnet = Get-Command -Name dotnet -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    $candidates = @(
        @{ File = Join-Path $PSHOME 'powershell.exe' }
        @{ File = Join-Path $PSHOME 'pwsh.exe' }
        @{ File = Join-Path $PSHOME 'pwsh'; Unix = $true }
        @{ Dll = Join-Path $PSHOME 'pwsh.dll' }
    )
    foreach ($candidate in $candidates) {
        if ($candidate.ContainsKey('File') -and (Test-Path -LiteralPath $candidate.File -PathType Leaf) -and -not ($candidate.ContainsKey('Unix') -and $script:IsWindowsHost)) {
            return [pscustomobject]@{ FileName = $candidate.File; Arguments = @() }
        }
        if ($candidate.ContainsKey('Dll') -and $dotnet -and (Test-Path -LiteralPath $candidate.Dll -PathType Leaf)) {
            return [pscustomobject]@{ FileName = $dotnet.Source; Arguments = @($candidate.Dll) }
        }
    }
    $onPath = Get-Command -Name pwsh -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($onPath) { return [pscustomobject]@{ FileName = $onPath.Source; Arguments = @() } }
    # The repository's own tool (dotnet tool restore): its pwsh.dll in the NuGet package folder.
    $manifest = Join-Path $script:RepoRoot '.config/dotnet-tools.json'
    if ($dotnet -and (Test-Path -LiteralPath $manifest)) {
        $version = (Get-Content -LiteralPath $manifest -Raw | ConvertFrom-Json).tools.powershell.version
        $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path (Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget') 'packages' }
        $tool = Join-Path $packages "powershell/$version/tools"
        # The package holds a build per platform (…/any/win, …/any/unix).
        $platform = if ($script:IsWindowsHost) { 'win' } else { 'unix' }
        $dll = Get-ChildItem -LiteralPath $tool -Recurse -Filter 'pwsh.dll' -ErrorAction SilentlyContinue |
            Where-Object { (Split-Path -Leaf $_.DirectoryName) -eq $platform } | Select-Object -First 1
        if ($dll) { return [pscustomobject]@{ FileName = $dotnet.Source; Arguments = @($dll.FullName) } }
    }
    $null
}

function New-TestSecretHome {
    <#
    .SYNOPSIS
        A temporary HOME for one backend: Home, Backend, ModulePath (put first on the runbooks' module path).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [ValidateSet('Genuine', 'StandIn')] [string] $Backend
    )
    $folder = Join-Path ([System.IO.Path]::GetTempPath()) ('nexudus-secrets-' + [guid]::NewGuid().ToString('N').Substring(0, 12))
    $null = New-Item -ItemType Directory -Path $folder
    $modulePath = if ($Backend -eq 'Genuine') { (Get-GenuineSecretModules).Path } else { $script:StandInModules }
    [pscustomobject]@{ Home = $folder; Backend = $Backend; ModulePath = $modulePath }
}

function Remove-TestSecretHome {
    [CmdletBinding()]
    param([Parameter(Mandatory)] $SecretHome)
    Remove-Item -LiteralPath $SecretHome.Home -Recurse -Force -ErrorAction SilentlyContinue
}

function Initialize-TestSecretHome {
    <#
    .SYNOPSIS
        Sets the home up as the help tells a runbook author to: the about topic's SecretStore recipe, run as written
        (its prompts answered as a person would: the store password, the Nexudus sign-in of the sandbox's admin; the
        modules are already on the module path). Then the secrets the tests read: a second vault, Other, and secrets
        of every shape. Returns the recipe's run (ExitCode, Output, ErrorText).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] $SecretHome,
        [Parameter(Mandatory)] $Sandbox
    )
    $admin = $Sandbox.AdminCredential.GetNetworkCredential()
    $reader = $Sandbox.ReaderCredential.GetNetworkCredential()
    $recipe = Get-DocumentedRecipe -Source AboutTopic -After 'account that will run the scheduled script:'
    $script = @"
function Install-Module { "Install-Module `$args" }
function Read-Host { ConvertTo-SecureString '$($script:StorePassword)' -AsPlainText -Force }
function Get-Credential { [pscredential]::new('$($admin.UserName)', (ConvertTo-SecureString '$($admin.Password)' -AsPlainText -Force)) }
$recipe
'recipe done'

`$ErrorActionPreference = 'Stop'
Register-SecretVault -Name Other -ModuleName Nexudus.TestVault -VaultParameters @{ Path = (Join-Path `$env:HOME 'other-vault') }
function New-Secure([string] `$text) { ConvertTo-SecureString `$text -AsPlainText -Force }
Set-Secret -Name NexudusTable -Secret @{ UserName = '$($admin.UserName)'; Password = '$($admin.Password)' }
Set-Secret -Name NexudusTableSecure -Secret @{ username = (New-Secure '$($admin.UserName)'); PASSWORD = (New-Secure '$($admin.Password)') }
Set-Secret -Name PlainText -Secret 'just a string'
Set-Secret -Name Bytes -Secret ([byte[]] (1, 2, 3))
Set-Secret -Name TokenOnly -Secret @{ Token = 'not a credential' }
Set-Secret -Name Nexudus -Vault Other -Secret ([pscredential]::new('$($reader.UserName)', (New-Secure '$($reader.Password)')))
Set-Secret -Name ReaderOnly -Vault Other -Secret ([pscredential]::new('$($reader.UserName)', (New-Secure '$($reader.Password)')))
'vaults ready'
"@
    $result = Invoke-TestRunbook -SecretHome $SecretHome -Script $script -NoModule
    if ($result.Output -notcontains 'vaults ready') {
        throw "Setting up the $($SecretHome.Backend) vaults failed (exit $($result.ExitCode)):`n$($result.Output -join "`n")`n$($result.ErrorText)"
    }
    $result
}

function Invoke-TestRunbook {
    <#
    .SYNOPSIS
        Runs a script as a runbook: a new PowerShell, -NoProfile -NonInteractive -File, HOME set to the backend's
        home, the backend's SecretManagement first on the module path. Unless -NoModule, the script starts with the
        built NexudusCommunity imported, Connect-Nexudus pointed at the sandbox ($PSDefaultParameterValues: -BaseUri,
        -NoRateLimit, so the runbook reads as it would against the real API) and Format-TestError defined.
        Returns ExitCode, Output (stdout lines), ErrorText (stderr) and Duration.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] $SecretHome,
        [Parameter(Mandatory)] [string] $Script,
        $Sandbox,
        # No SecretManagement at all: the module path holds only PowerShell's own modules.
        [switch] $WithoutSecretManagement,
        [switch] $NoModule,
        [int] $TimeoutSeconds = 180
    )
    $powershell = Get-RunbookPowerShell
    if (-not $powershell) { throw 'No PowerShell executable to run runbooks in (none beside the one running the tests, on PATH, or from dotnet tool restore).' }

    $prelude = @'
if ($PSVersionTable.PSVersion.Major -ge 7) { $PSStyle.OutputRendering = 'PlainText' }
function Format-TestError {
    param([Parameter(ValueFromPipeline)] [System.Management.Automation.ErrorRecord] $ErrorRecord)
    process { "ERROR $($ErrorRecord.FullyQualifiedErrorId) [$($ErrorRecord.CategoryInfo.Category)] target=$($ErrorRecord.TargetObject): $($ErrorRecord.Exception.Message)" }
}
'@
    if (-not $NoModule) {
        $baseUri = if ($Sandbox) { ([uri] $Sandbox.BaseUri).AbsoluteUri } else { 'http://127.0.0.1:9/' }
        $prelude += @"

Import-Module '$($script:ModuleManifest)' -ErrorAction Stop
`$PSDefaultParameterValues['Connect-Nexudus:BaseUri'] = '$baseUri'
`$PSDefaultParameterValues['Connect-Nexudus:NoRateLimit'] = `$true
"@
    }
    $file = Join-Path $SecretHome.Home ('runbook-' + [guid]::NewGuid().ToString('N').Substring(0, 8) + '.ps1')
    Set-Content -LiteralPath $file -Value ($prelude + [Environment]::NewLine + $Script) -Encoding UTF8

    $separator = [System.IO.Path]::PathSeparator
    $modulePath = if ($WithoutSecretManagement) {
        Join-Path $PSHOME 'Modules'
    }
    else {
        # out/ too, so that a runbook's Import-Module NexudusCommunity finds the built module by name.
        (@($SecretHome.ModulePath, $script:TestVaultModules, (Split-Path -Parent (Split-Path -Parent $script:ModuleManifest)), $env:PSModulePath) | Where-Object { $_ }) -join $separator
    }

    $arguments = @($powershell.Arguments) + @('-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', $file)
    if (-not $script:IsWindowsHost) { $arguments = @($arguments | Where-Object { $_ -ne '-ExecutionPolicy' -and $_ -ne 'Bypass' }) }
    $startInfo = New-Object System.Diagnostics.ProcessStartInfo
    $startInfo.FileName = $powershell.FileName
    $startInfo.Arguments = ($arguments | ForEach-Object { if ($_ -match '[\s"]') { '"' + ($_ -replace '"', '\"') + '"' } else { $_ } }) -join ' '
    $startInfo.UseShellExecute = $false
    $startInfo.CreateNoWindow = $true
    $startInfo.RedirectStandardOutput = $true
    $startInfo.RedirectStandardError = $true
    $startInfo.WorkingDirectory = $SecretHome.Home
    $startInfo.EnvironmentVariables['HOME'] = $SecretHome.Home
    $startInfo.EnvironmentVariables['PSModulePath'] = $modulePath
    $startInfo.EnvironmentVariables['DOTNET_NOLOGO'] = '1'
    $startInfo.EnvironmentVariables['DOTNET_CLI_TELEMETRY_OPTOUT'] = '1'
    $startInfo.EnvironmentVariables['POWERSHELL_TELEMETRY_OPTOUT'] = '1'
    $startInfo.EnvironmentVariables['POWERSHELL_UPDATECHECK'] = 'Off'

    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    $process = [System.Diagnostics.Process]::Start($startInfo)
    if ($env:NEXUDUS_TEST_TIMING) { [Console]::Error.WriteLine("runbook start $([DateTime]::Now.ToString('HH:mm:ss.fff')) $file") }
    try {
        $output = $process.StandardOutput.ReadToEndAsync()
        $errors = $process.StandardError.ReadToEndAsync()
        if (-not $process.WaitForExit($TimeoutSeconds * 1000)) {
            $process.Kill()
            throw "The runbook did not finish within $TimeoutSeconds s: $file"
        }
        $process.WaitForExit()
        if ($env:NEXUDUS_TEST_TIMING) { [Console]::Error.WriteLine("runbook took $($clock.Elapsed.TotalSeconds) s") }
        [pscustomobject]@{
            ExitCode  = $process.ExitCode
            Output    = @($output.Result -split '\r?\n' | Where-Object { $_ -ne '' })
            ErrorText = $errors.Result
            Duration  = $clock.Elapsed
        }
    }
    finally {
        $process.Dispose()
    }
}

function Get-DocumentedRecipe {
    <#
    .SYNOPSIS
        The commands of a recipe in the help: the lines indented by eight spaces that follow the line containing
        -After in docs/help/about_NexudusCommunity.help.txt, or the ```powershell block that follows it in docs/runbooks.md.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [ValidateSet('AboutTopic', 'Docs')] [string] $Source,
        [Parameter(Mandatory)] [string] $After
    )
    $path = if ($Source -eq 'AboutTopic') { Join-Path $script:RepoRoot 'docs/help/about_NexudusCommunity.help.txt' } else { Join-Path $script:RepoRoot 'docs/runbooks.md' }
    $lines = Get-Content -LiteralPath $path
    $start = -1
    for ($i = 0; $i -lt $lines.Count; $i++) { if ($lines[$i].Contains($After)) { $start = $i; break } }
    if ($start -lt 0) { throw "No line containing '$After' in $path." }
    $code = New-Object System.Collections.Generic.List[string]
    if ($Source -eq 'Docs') {
        $i = $start + 1
        while ($i -lt $lines.Count -and $lines[$i] -notmatch '^```powershell') { $i++ }
        for ($i++; $i -lt $lines.Count -and $lines[$i] -notmatch '^```'; $i++) { $code.Add($lines[$i]) }
    }
    else {
        for ($i = $start + 1; $i -lt $lines.Count; $i++) {
            if ($lines[$i].Trim() -eq '') { if ($code.Count -gt 0 -and ($i + 1 -ge $lines.Count -or $lines[$i + 1] -notmatch '^ {8}')) { break } else { continue } }
            if ($lines[$i] -notmatch '^ {8}') { if ($code.Count -gt 0) { break } else { continue } }
            $code.Add($lines[$i].Substring(8))
        }
    }
    if ($code.Count -eq 0) { throw "No commands after '$After' in $path." }
    $code -join [Environment]::NewLine
}

Export-ModuleMember -Function Get-GenuineSecretModules, Get-RunbookPowerShell, New-TestSecretHome, Remove-TestSecretHome,
    Initialize-TestSecretHome, Invoke-TestRunbook, Get-DocumentedRecipe
