<#
.SYNOPSIS
    Shared helpers for the Pester suite: import the built module, start and stop the local API sandbox, reset it,
    and read its request log.
.DESCRIPTION
    Every *.Tests.ps1 file imports this module in its BeforeAll:

        Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    Importing it imports the module `dotnet build` left in out/NexudusCommunity into the global scope, so the tests
    meet the cmdlets exactly as users do. Nothing here needs a Nexudus account: the sandbox is an in-memory API
    started as the built program, `dotnet NexudusCommunity.Sandbox.dll` (build first: ./build.ps1, or dotnet build CommunityPs.sln).
#>
Set-StrictMode -Version 2.0

$script:RepoRoot = (Resolve-Path -LiteralPath (Join-Path (Join-Path $PSScriptRoot '..') '..')).ProviderPath
$script:ModuleManifest = Join-Path (Join-Path (Join-Path $script:RepoRoot 'out') 'NexudusCommunity') 'NexudusCommunity.psd1'
$script:SandboxProject = Join-Path (Join-Path $script:RepoRoot 'src') 'NexudusCommunity.Sandbox'
$script:CurrentSandbox = $null
$script:StopProbe = $null # the sandbox New-TestWriteCall gives Stop-NexudusSandbox

# The fixed sign-ins of the sandbox.
$script:SandboxUsers = @{
    Admin     = @{ UserName = 'admin@example.com'; Password = 'Sandbox-Pa55!' }
    Reader    = @{ UserName = 'reader@example.com'; Password = 'Reader-Pa55!' }
    TwoFactor = @{ UserName = 'twofactor@example.com'; Password = 'TwoFactor-Pa55!' }
}

#region The module under test

if (-not (Test-Path -LiteralPath $script:ModuleManifest)) {
    throw "The module is not built: '$($script:ModuleManifest)' is missing. Run ./build.ps1 (or dotnet build CommunityPs.sln) first."
}
$loaded = @(Get-Module -Name NexudusCommunity -All)
if ($loaded.Count -eq 0) {
    # -Global: imported from inside this module, it would otherwise be visible to this module only.
    Import-Module -Name $script:ModuleManifest -Global -ErrorAction Stop
}
else {
    $expectedBase = [System.IO.Path]::GetFullPath((Split-Path -Parent $script:ModuleManifest)).TrimEnd('\', '/')
    $other = @($loaded | Where-Object { [System.IO.Path]::GetFullPath($_.ModuleBase).TrimEnd('\', '/') -ne $expectedBase })
    if ($other.Count -gt 0) {
        throw "Another NexudusCommunity module is loaded from '$($other[0].ModuleBase)'. A binary module cannot be unloaded: start a new PowerShell session and run the tests there."
    }
}

# Test values for a field (by kind; an existing record's Id for a reference), made as the shared behaviour suite
# makes them: New-TestWriteCall uses them too.
Import-Module (Join-Path $PSScriptRoot 'EntityDescriptions.psm1')

#endregion

#region Private helpers

function New-TestCredential {
    <#
    .SYNOPSIS
        A PSCredential from a user name and a plain-text test password.
    #>
    [CmdletBinding()]
    [OutputType([pscredential])]
    param(
        [Parameter(Mandatory)] [string] $UserName,
        [Parameter(Mandatory)] [string] $Password
    )
    $secure = New-Object System.Security.SecureString
    foreach ($c in $Password.ToCharArray()) { $secure.AppendChar($c) }
    $secure.MakeReadOnly()
    New-Object System.Management.Automation.PSCredential -ArgumentList $UserName, $secure
}

function Resolve-TestSandbox {
    param($Sandbox)
    if ($null -ne $Sandbox) { return $Sandbox }
    if ($null -ne $script:CurrentSandbox) { return $script:CurrentSandbox }
    throw 'No sandbox: run Start-TestSandbox first, or pass -Sandbox.'
}

function Invoke-SandboxHttp {
    # One call to the sandbox, bypassing any proxy (it listens on 127.0.0.1 only).
    param(
        [Parameter(Mandatory)] $Sandbox,
        [Parameter(Mandatory)] [string] $Method,
        [Parameter(Mandatory)] [string] $RelativePath,
        [hashtable] $Body,
        [string] $JsonBody,
        [int] $TimeoutSec = 15
    )
    $uri = New-Object System.Uri -ArgumentList ([uri] $Sandbox.BaseUri), $RelativePath
    $request = @{
        Uri             = $uri
        Method          = $Method
        UseBasicParsing = $true
        TimeoutSec      = $TimeoutSec
        ErrorAction     = 'Stop'
    }
    if ($PSVersionTable.PSVersion.Major -ge 6) { $request['NoProxy'] = $true }
    if ($null -ne $Body) {
        $request['Body'] = $Body
        $request['ContentType'] = 'application/x-www-form-urlencoded'
    }
    if ($JsonBody) {
        $request['Body'] = [System.Text.Encoding]::UTF8.GetBytes($JsonBody)
        $request['ContentType'] = 'application/json'
    }
    Invoke-WebRequest @request
}

function Get-SandboxProgram {
    # The sandbox program of the configuration built most recently: ./build.ps1 -Configuration Release builds only Release.
    $dll = @(foreach ($configuration in 'Debug', 'Release') {
            $folder = Join-Path (Join-Path $script:SandboxProject 'bin') $configuration
            if (Test-Path -LiteralPath $folder) {
                Get-ChildItem -LiteralPath $folder -Recurse -Filter 'NexudusCommunity.Sandbox.dll' -ErrorAction SilentlyContinue
            }
        }) | Sort-Object LastWriteTimeUtc -Descending | Select-Object -First 1
    if (-not $dll) {
        throw "The sandbox is not built (no NexudusCommunity.Sandbox.dll under '$($script:SandboxProject)/bin'). Run ./build.ps1 (or dotnet build CommunityPs.sln) first."
    }
    $dll.FullName
}

function Stop-ProcessTree {
    param([Parameter(Mandatory)] [System.Diagnostics.Process] $Process)
    try {
        if ($Process.HasExited) { return }
        # The whole tree, should the sandbox ever start a child of its own.
        $killTree = $Process.GetType().GetMethod('Kill', [type[]] @([bool]))
        if ($killTree) {
            $Process.Kill($true)
        }
        elseif ($env:OS -eq 'Windows_NT') {
            & taskkill.exe /PID $Process.Id /T /F 2>&1 | Out-Null
        }
        else {
            $Process.Kill()
        }
        $null = $Process.WaitForExit(15000)
    }
    catch [System.InvalidOperationException] {
        # already gone
    }
}

#endregion

#region Public helpers

function Start-TestSandbox {
    <#
    .SYNOPSIS
        Starts the local API sandbox (the built program, as `dotnet NexudusCommunity.Sandbox.dll`) on a free loopback
        port, and returns once it listens.
    .OUTPUTS
        An object with BaseUri, Process, AdminCredential, ReaderCredential and TwoFactorCredential.
    .EXAMPLE
        $sandbox = Start-TestSandbox
        Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential -BusinessId $sandbox.Demo.Business1 -NoRateLimit
    .EXAMPLE
        $sandbox = Start-TestSandbox -Fixture examples/sandbox-fixture.json   # --seed <file> --no-demo-data, as a user starts it
    .EXAMPLE
        $sandbox = Start-TestSandbox -IdStart 3000000000   # every id past Int32.MaxValue
        $demo = $sandbox.Demo                              # the demo data's ids: $demo.Business1, $demo.Coworker3, $demo.User1 ...
    #>
    [CmdletBinding()]
    param(
        # A fixture file: the sandbox then holds only its data (--seed <file> --no-demo-data).
        [string] $Fixture,

        # How long to wait for the sandbox to listen.
        [ValidateRange(1, 600)]
        [int] $TimeoutSeconds = 120,

        # Listen on this port (the README's examples say 5080); by default the sandbox takes a free one.
        [ValidateRange(0, 65535)]
        [int] $ListenPort = 0,

        # Where the sandbox's ids start (--id-start); by default its own (ten digits, below Int32.MaxValue).
        [ValidateRange(1, 4611686018427387903)]
        [long] $IdStart,

        # More command-line options, as a user gives them (--create-answer id).
        [string[]] $ArgumentList = @()
    )
    $program = Get-SandboxProgram
    $dotnet = Get-Command -Name dotnet -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $dotnet) { throw 'dotnet is not on PATH: the sandbox needs the .NET runtime.' }
    # Port 0: the sandbox takes a free port itself and names it in its first line, so no other process can take it
    # between a probe and the start.
    $arguments = @($program, '--port', "$ListenPort")
    if ($Fixture) { $arguments += @('--seed', (Resolve-Path -LiteralPath $Fixture).ProviderPath, '--no-demo-data') }
    if ($IdStart) { $arguments += @('--id-start', "$IdStart") }
    $arguments += $ArgumentList

    $startInfo = New-Object System.Diagnostics.ProcessStartInfo
    $startInfo.FileName = $dotnet.Source
    if ($null -ne $startInfo.PSObject.Properties['ArgumentList']) {
        foreach ($argument in $arguments) { $startInfo.ArgumentList.Add($argument) }
    }
    else {
        $startInfo.Arguments = ($arguments | ForEach-Object { '"' + $_ + '"' }) -join ' '
    }
    $startInfo.UseShellExecute = $false
    $startInfo.CreateNoWindow = $true
    $startInfo.RedirectStandardOutput = $true
    $startInfo.RedirectStandardError = $true
    $startInfo.WorkingDirectory = $script:RepoRoot
    $startInfo.EnvironmentVariables['DOTNET_NOLOGO'] = '1'
    $startInfo.EnvironmentVariables['DOTNET_CLI_TELEMETRY_OPTOUT'] = '1'

    $process = [System.Diagnostics.Process]::Start($startInfo)
    $errorTask = $process.StandardError.ReadToEndAsync()
    $first = $process.StandardOutput.ReadLineAsync()
    $listening = $null
    if ($first.Wait($TimeoutSeconds * 1000) -and $null -ne $first.Result) {
        $listening = [regex]::Match($first.Result, 'listening on (http://\S+)')
    }
    if (-not $listening -or -not $listening.Success) {
        $exited = $process.HasExited
        Stop-ProcessTree -Process $process
        $said = "$(if ($first.IsCompleted) { $first.Result }) $(if ($errorTask.Wait(5000)) { $errorTask.Result })".Trim()
        $why = if ($exited) { "exited with code $($process.ExitCode) before listening" } else { "did not listen within $TimeoutSeconds s" }
        throw "Start-TestSandbox: the sandbox ($program) $why.$(if ($said) { " Its output:`n$said" })"
    }
    $sandbox = [pscustomobject]@{
        PSTypeName          = 'NexudusCommunity.TestSandbox'
        BaseUri             = [uri] $listening.Groups[1].Value
        Port                = ([uri] $listening.Groups[1].Value).Port
        Process             = $process
        AdminCredential     = New-TestCredential -UserName $script:SandboxUsers.Admin.UserName -Password $script:SandboxUsers.Admin.Password
        ReaderCredential    = New-TestCredential -UserName $script:SandboxUsers.Reader.UserName -Password $script:SandboxUsers.Reader.Password
        TwoFactorCredential = New-TestCredential -UserName $script:SandboxUsers.TwoFactor.UserName -Password $script:SandboxUsers.TwoFactor.Password
        # Read on in the background, so a chatty sandbox never blocks on a full pipe.
        OutputTask          = $process.StandardOutput.ReadToEndAsync()
        ErrorTask           = $errorTask
    }
    $sandbox | Add-Member -NotePropertyName Demo -NotePropertyValue (Get-TestDemoId -Sandbox $sandbox)
    $script:CurrentSandbox = $sandbox
    Write-Verbose "Sandbox listening on $($sandbox.BaseUri) ($program)."
    $sandbox
}

function Stop-TestSandbox {
    <#
    .SYNOPSIS
        Stops a sandbox started by Start-TestSandbox (and forgets a default connection that points at it).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Position = 0, ValueFromPipeline)]
        $Sandbox
    )
    process {
        $target = Resolve-TestSandbox $Sandbox
        $connection = Get-NexudusConnection -ErrorAction SilentlyContinue
        if ($null -ne $connection -and $connection.BaseUri.Authority -eq ([uri] $target.BaseUri).Authority) {
            Disconnect-Nexudus
        }
        Stop-ProcessTree -Process $target.Process
        $target.Process.Dispose()
        if ([object]::ReferenceEquals($target, $script:CurrentSandbox)) { $script:CurrentSandbox = $null }
    }
}

function Reset-TestSandbox {
    <#
    .SYNOPSIS
        Empties the sandbox's store to its reference data (POST /_sandbox/reset?empty=true) and its request log (DELETE /_sandbox/requests).
    #>
    [CmdletBinding()]
    param([Parameter(Position = 0)] $Sandbox)
    $target = Resolve-TestSandbox $Sandbox
    $null = Invoke-SandboxHttp -Sandbox $target -Method Post -RelativePath '_sandbox/reset?empty=true'
    $null = Invoke-SandboxHttp -Sandbox $target -Method Delete -RelativePath '_sandbox/requests'
}

function Clear-TestSandboxRequest {
    <#
    .SYNOPSIS
        Empties the sandbox's request log, so what follows can be counted on its own.
    #>
    [CmdletBinding()]
    param([Parameter(Position = 0)] $Sandbox)
    $target = Resolve-TestSandbox $Sandbox
    $null = Invoke-SandboxHttp -Sandbox $target -Method Delete -RelativePath '_sandbox/requests'
}

function Get-TestSandboxRequest {
    <#
    .SYNOPSIS
        The /api/ requests the sandbox received since the log was last cleared: Method, Path, Query, Status.
    .EXAMPLE
        @(Get-TestSandboxRequest -Method GET -Path '/api/community/communitygroups').Count
    .EXAMPLE
        Get-TestSandboxRequest -Write     # only POST, PUT and DELETE, sign-ins (/api/token) left out
    #>
    [CmdletBinding()]
    param(
        [Parameter(Position = 0)] $Sandbox,

        # Only requests with this HTTP method.
        [string] $Method,

        # Only requests whose path is like this (wildcards allowed; a trailing slash is ignored; any case).
        [string] $Path,

        # Only writes: POST, PUT and DELETE, except to /api/token.
        [switch] $Write
    )
    $target = Resolve-TestSandbox $Sandbox
    $response = Invoke-SandboxHttp -Sandbox $target -Method Get -RelativePath '_sandbox/requests'
    $entries = $response.Content | ConvertFrom-Json
    foreach ($entry in $entries) {
        if ($null -eq $entry) { continue }
        $entryPath = ([string] $entry.Path).TrimEnd('/')
        if ($Method -and $entry.Method -ne $Method) { continue }
        if ($Path -and $entryPath -notlike $Path.TrimEnd('/')) { continue }
        if ($Write -and ($entry.Method -notin 'POST', 'PUT', 'DELETE' -or $entryPath -like '*/api/token')) { continue }
        $entry
    }
}

function Add-TestSandboxData {
    <#
    .SYNOPSIS
        Seeds the sandbox (POST /_sandbox/seed): sections named after entities. Coworkers replace the demo ones;
        records of other entities are added.
    .EXAMPLE
        Add-TestSandboxData @{ Coworkers = @(@{ Id = 7001; FullName = 'Ann Lee'; Email = 'ann@example.com'; InvoicingBusinessId = $sandbox.Demo.Business1; Active = $true }) }
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] [hashtable] $Fixture,
        $Sandbox
    )
    $target = Resolve-TestSandbox $Sandbox
    $null = Invoke-SandboxHttp -Sandbox $target -Method Post -RelativePath '_sandbox/seed' -JsonBody ($Fixture | ConvertTo-Json -Depth 6) -TimeoutSec 60
}

function Get-TestDemoId {
    <#
    .SYNOPSIS
        The ids of the sandbox's demo data (GET /_sandbox/ids): Business1-2, Coworker1-20, User1-20 (User1 the admin
        sign-in, User2 the reader), FirstRecord (the first id a record added without one gets) and IdStart.
        Start-TestSandbox keeps them as its Demo property.
    #>
    [CmdletBinding()]
    param($Sandbox)
    $target = Resolve-TestSandbox $Sandbox
    $ids = (Invoke-SandboxHttp -Sandbox $target -Method Get -RelativePath '_sandbox/ids').Content | ConvertFrom-Json
    $demo = [ordered]@{ IdStart = [long] $ids.IdStart; FirstRecord = [long] $ids.FirstRecord }
    for ($n = 1; $n -le $ids.Businesses.Count; $n++) { $demo["Business$n"] = [long] $ids.Businesses[$n - 1] }
    for ($n = 1; $n -le $ids.Coworkers.Count; $n++) { $demo["Coworker$n"] = [long] $ids.Coworkers[$n - 1] }
    for ($n = 1; $n -le $ids.Users.Count; $n++) { $demo["User$n"] = [long] $ids.Users[$n - 1] }
    [pscustomobject] $demo
}

function Get-TestSandboxToken {
    <#
    .SYNOPSIS
        A bearer token from the sandbox's /api/token (a password grant), as a script that got one elsewhere would have.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Position = 0)] $Sandbox,
        [pscredential] $Credential
    )
    $target = Resolve-TestSandbox $Sandbox
    if (-not $Credential) { $Credential = $target.AdminCredential }
    $form = @{
        grant_type = 'password'
        username   = $Credential.UserName
        password   = $Credential.GetNetworkCredential().Password
    }
    $response = Invoke-SandboxHttp -Sandbox $target -Method Post -RelativePath 'api/token' -Body $form
    ($response.Content | ConvertFrom-Json).access_token
}

function Connect-TestSandbox {
    <#
    .SYNOPSIS
        Connect-Nexudus to the sandbox (admin and its first business unless told otherwise; -BusinessId 0: none), unpaced.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Position = 0)] $Sandbox,
        [pscredential] $Credential,
        [long] $BusinessId = -1,
        [switch] $PassThru
    )
    $target = Resolve-TestSandbox $Sandbox
    if ($BusinessId -lt 0) { $BusinessId = $target.Demo.Business1 }
    if (-not $Credential) { $Credential = $target.AdminCredential }
    $connect = @{
        BaseUri     = $target.BaseUri
        Credential  = $Credential
        NoRateLimit = $true
        ErrorAction = 'Stop'
        PassThru    = $PassThru
    }
    if ($BusinessId -gt 0) { $connect['BusinessId'] = $BusinessId }
    Connect-Nexudus @connect
}

function ConvertTo-TestStreamText {
    <#
    .SYNOPSIS
        Everything piped in (output, error, verbose, debug, warning and information records) as one text, with each
        object's property values: what a secret must never be found in.
    .EXAMPLE
        $text = & { Connect-Nexudus ... -Verbose } *>&1 | ConvertTo-TestStreamText
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(ValueFromPipeline)] $InputObject)
    begin { $lines = [System.Collections.Generic.List[string]]::new() }
    process {
        if ($null -eq $InputObject) { return }
        $item = $InputObject
        if ($item -is [System.Management.Automation.ErrorRecord]) {
            $lines.Add($item.ToString())
            if ($item.Exception) { $lines.Add($item.Exception.ToString()) }
            if ($item.ErrorDetails) { $lines.Add("$($item.ErrorDetails.Message) $($item.ErrorDetails.RecommendedAction)") }
            if ($null -ne $item.TargetObject) { $lines.Add("$($item.TargetObject)") }
        }
        elseif ($item -is [System.Management.Automation.InformationalRecord]) {
            $lines.Add($item.Message)
        }
        elseif ($item -is [System.Management.Automation.InformationRecord]) {
            $lines.Add("$($item.MessageData)")
        }
        else {
            $lines.Add("$item")
            foreach ($property in $item.PSObject.Properties) {
                try { $lines.Add("$($property.Name)=$($property.Value)") } catch { }
            }
        }
    }
    end { $lines -join [Environment]::NewLine }
}

function Get-TestHostText {
    <#
    .SYNOPSIS
        What a script block wrote to the console (including "What if:" lines, which PowerShell writes straight to the
        host, past every stream), read through a transcript.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)] [scriptblock] $ScriptBlock)
    $path = Join-Path ([IO.Path]::GetTempPath()) "nexudus-host-$PID-$([guid]::NewGuid().ToString('N')).txt"
    $null = Start-Transcript -LiteralPath $path -Force
    try { & $ScriptBlock | Out-Host }
    finally { $null = Stop-Transcript }
    $text = Get-Content -LiteralPath $path -Raw
    Remove-Item -LiteralPath $path -Force
    $text
}

function Invoke-TestPwsh {
    <#
    .SYNOPSIS
        Runs a script in a new PowerShell process of the same kind as this one (pwsh, or Windows PowerShell), as a
        scheduled job or runbook would, and returns everything it printed.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)] [string] $Command,
        [switch] $NonInteractive
    )
    $self = (Get-Process -Id $PID).Path
    $arguments = @('-NoProfile')
    if ($NonInteractive) { $arguments += '-NonInteractive' }
    $arguments += @('-Command', $Command)
    if ([IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') {
        # pwsh as a dotnet tool runs inside the dotnet host: start the same pwsh.dll again.
        $arguments = @(Join-Path $PSHOME 'pwsh.dll') + $arguments
    }
    & $self @arguments 2>&1 | Out-String
}

function Invoke-TestRunspace {
    <#
    .SYNOPSIS
        Runs a script in a runspace of its own in this process (the module imported), as another PowerShell tab or a
        hosted engine would, and returns what each stream carried: Output, Errors, Progress (the ProgressRecords a
        console would draw), Verbose, Warnings; with -StopAfter (and -StopAtVerbose), stops it as Ctrl+C at a prompt does.
    .OUTPUTS
        Output, Errors, Progress, Verbose, Warnings, Terminating (a script-ending error), State (Completed, Failed,
        Stopped) and StopTook (with -StopAfter: how long the script took to end once stopped).
    .EXAMPLE
        $run = Invoke-TestRunspace { param($c) Get-CommunityGroup -Connection $c | Out-Null } -ArgumentList $connection
        $run.Progress | Where-Object RecordType -EQ Completed
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] [scriptblock] $ScriptBlock,
        [object[]] $ArgumentList = @(),
        # Stops the script this long after it started (PowerShell.Stop(): what the console does on Ctrl+C).
        [timespan] $StopAfter,

        # With -StopAfter: stops it as soon as it writes a verbose message like this, else after -StopAfter.
        [string] $StopAtVerbose
    )
    $state = [initialsessionstate]::CreateDefault2()
    $state.ImportPSModule($script:ModuleManifest)
    $powershell = [powershell]::Create($state)
    try {
        # As text: a script block belongs to the runspace that made it.
        $null = $powershell.AddScript($ScriptBlock.ToString())
        foreach ($argument in $ArgumentList) { $null = $powershell.AddArgument($argument) }
        $terminating = $null
        $stopTook = $null
        $output = @()
        try {
            if ($PSBoundParameters.ContainsKey('StopAfter')) {
                $running = $powershell.BeginInvoke()
                $deadline = [DateTime]::UtcNow + $StopAfter
                while (-not $running.IsCompleted -and [DateTime]::UtcNow -lt $deadline) {
                    if ($StopAtVerbose -and @($powershell.Streams.Verbose | Where-Object Message -Like $StopAtVerbose).Count -gt 0) { break }
                    $null = $running.AsyncWaitHandle.WaitOne(20)
                }
                # Until the script has really ended: Stop() itself may return while a cmdlet that ignores it runs on.
                $watch = [Diagnostics.Stopwatch]::StartNew()
                try {
                    $powershell.Stop()
                    $output = @($powershell.EndInvoke($running))
                }
                finally {
                    $stopTook = $watch.Elapsed
                }
            }
            else {
                $output = @($powershell.Invoke())
            }
        }
        catch {
            $terminating = $_.Exception.InnerException
            if (-not $terminating) { $terminating = $_.Exception }
        }
        [pscustomobject]@{
            Output      = $output
            Errors      = @($powershell.Streams.Error)
            Progress    = @($powershell.Streams.Progress)
            Verbose     = @($powershell.Streams.Verbose | ForEach-Object Message)
            Warnings    = @($powershell.Streams.Warning | ForEach-Object Message)
            Terminating = $terminating
            State       = $powershell.InvocationStateInfo.State
            StopTook    = $stopTook
        }
    }
    finally {
        $powershell.Runspace.Dispose()
        $powershell.Dispose()
    }
}

#endregion

Export-ModuleMember -Function Start-TestSandbox, Stop-TestSandbox, Reset-TestSandbox, Clear-TestSandboxRequest,
    Get-TestSandboxRequest, Get-TestSandboxToken, Connect-TestSandbox, New-TestCredential, ConvertTo-TestStreamText,
    Get-TestHostText, Invoke-TestPwsh, Invoke-TestRunspace, Add-TestSandboxData, Get-TestDemoId

#region Sandbox controls: limits, faults, raw HTTP

function Send-SandboxJson {
    # POST/DELETE a JSON control to the sandbox (/_sandbox/...); the answer's JSON as an object.
    param(
        [Parameter(Mandatory)] $Sandbox,
        [Parameter(Mandatory)] [string] $Method,
        [Parameter(Mandatory)] [string] $RelativePath,
        [hashtable] $Body
    )
    $answer = Invoke-TestSandboxHttp -Sandbox $Sandbox -Method $Method -Path $RelativePath -Json $Body
    if ($answer.StatusCode -ge 400) { throw "$Method /$RelativePath answered $($answer.StatusCode): $($answer.Body)" }
    if ($answer.Body) { $answer.Body | ConvertFrom-Json }
}

function Invoke-TestSandboxHttp {
    <#
    .SYNOPSIS
        One raw HTTP request to the sandbox, answered as it came: StatusCode, ReasonPhrase, Headers (name -> value),
        ContentType, ContentLength and Body. Never throws for an error status, so tests can look at throttled and
        refused answers.
    .EXAMPLE
        Invoke-TestSandboxHttp -Path 'api/token' -Form @{ grant_type = 'refresh_token'; refresh_token = $r } -Header @{ client_id = 'job-1' }
    #>
    [CmdletBinding()]
    param(
        [Parameter(Position = 0)] $Sandbox,
        [ValidateSet('GET', 'POST', 'PUT', 'DELETE')] [string] $Method = 'GET',
        [Parameter(Mandatory)] [string] $Path,
        # Form fields (application/x-www-form-urlencoded).
        [hashtable] $Form,
        # A body sent as JSON.
        [hashtable] $Json,
        [hashtable] $Header = @{},
        # Sends Basic authentication for this credential.
        [pscredential] $Credential
    )
    $target = Resolve-TestSandbox $Sandbox
    if (-not ('System.Net.Http.HttpClient' -as [type])) { Add-Type -AssemblyName System.Net.Http }
    $handler = New-Object System.Net.Http.HttpClientHandler
    $handler.UseProxy = $false
    $client = New-Object System.Net.Http.HttpClient -ArgumentList $handler
    try {
        $request = New-Object System.Net.Http.HttpRequestMessage -ArgumentList ([System.Net.Http.HttpMethod]::new($Method)), ([uri]::new([uri] $target.BaseUri, $Path))
        foreach ($name in $Header.Keys) { $null = $request.Headers.TryAddWithoutValidation($name, [string] $Header[$name]) }
        if ($Credential) {
            $pair = [Text.Encoding]::UTF8.GetBytes($Credential.UserName + ':' + $Credential.GetNetworkCredential().Password)
            $request.Headers.Authorization = New-Object System.Net.Http.Headers.AuthenticationHeaderValue -ArgumentList 'Basic', ([Convert]::ToBase64String($pair))
        }
        if ($Form) {
            $pairs = New-Object 'System.Collections.Generic.List[System.Collections.Generic.KeyValuePair[string,string]]'
            foreach ($name in $Form.Keys) { $pairs.Add((New-Object 'System.Collections.Generic.KeyValuePair[string,string]' -ArgumentList $name, ([string] $Form[$name]))) }
            $request.Content = New-Object System.Net.Http.FormUrlEncodedContent -ArgumentList (, $pairs)
        }
        elseif ($Json) {
            $request.Content = New-Object System.Net.Http.StringContent -ArgumentList ($Json | ConvertTo-Json -Depth 5 -Compress), ([Text.Encoding]::UTF8), 'application/json'
        }
        $response = $client.SendAsync($request).GetAwaiter().GetResult()
        $headers = @{}
        foreach ($h in $response.Headers) { $headers[$h.Key] = ($h.Value -join ',') }
        [pscustomobject]@{
            StatusCode    = [int] $response.StatusCode
            ReasonPhrase  = $response.ReasonPhrase
            Headers       = $headers
            ContentType   = if ($response.Content.Headers.ContentType) { $response.Content.Headers.ContentType.MediaType } else { $null }
            ContentLength = $response.Content.Headers.ContentLength
            Body          = $response.Content.ReadAsStringAsync().GetAwaiter().GetResult()
        }
    }
    finally {
        $client.Dispose()
    }
}

function Set-TestSandboxLimit {
    <#
    .SYNOPSIS
        Makes the sandbox enforce rate limits (POST /_sandbox/limits): the published ones, changed by -Setting
        (RateLimitOptions names: PerHour, HourWindowSeconds, WritesPerDay, DayWindowSeconds, Scale, ThrottleStatus...).
    .EXAMPLE
        Set-TestSandboxLimit -Setting @{ PerHour = 12; HourWindowSeconds = 3 }
    #>
    [CmdletBinding()]
    param([Parameter(Position = 0)] $Sandbox, [hashtable] $Setting = @{})
    Send-SandboxJson -Sandbox (Resolve-TestSandbox $Sandbox) -Method POST -RelativePath '_sandbox/limits' -Body $Setting
}

function Clear-TestSandboxLimit {
    <#
    .SYNOPSIS
        Stops limit enforcement (DELETE /_sandbox/limits).
    #>
    [CmdletBinding()]
    param([Parameter(Position = 0)] $Sandbox)
    $null = Send-SandboxJson -Sandbox (Resolve-TestSandbox $Sandbox) -Method DELETE -RelativePath '_sandbox/limits'
}

function Set-TestSandboxFault {
    <#
    .SYNOPSIS
        Sets the sandbox's injected faults (POST /_sandbox/faults; every setting not given is off), or with -Clear
        turns them all off.
    .EXAMPLE
        Set-TestSandboxFault -Setting @{ GenericErrorEveryNth = 5; GenericErrorBurst = 2 }
    .EXAMPLE
        Set-TestSandboxFault @{ ServerErrorEveryNth = 2; OnlyMethods = @('GET') }
    #>
    [CmdletBinding()]
    param(
        [Parameter(Position = 0)] [hashtable] $Setting = @{},
        [switch] $Clear,
        $Sandbox
    )
    $target = Resolve-TestSandbox $Sandbox
    if ($Clear) { $null = Send-SandboxJson -Sandbox $target -Method DELETE -RelativePath '_sandbox/faults'; return }
    Send-SandboxJson -Sandbox $target -Method POST -RelativePath '_sandbox/faults' -Body $Setting
}

function Get-TestSandboxStat {
    <#
    .SYNOPSIS
        The sandbox's counters: Requests, ThrottledCount, FaultsInjected, and Records (a count per entity: Records.CommunityGroup...).
    #>
    [CmdletBinding()]
    param([Parameter(Position = 0)] $Sandbox)
    (Invoke-TestSandboxHttp -Sandbox $Sandbox -Path '_sandbox/stats').Body | ConvertFrom-Json
}

function Get-TestSandboxTokenRequest {
    <#
    .SYNOPSIS
        The requests /api/token received: GrantType, UserName, FormClientId, HeaderClientId, TotpSent, Outcome.
    #>
    [CmdletBinding()]
    param([Parameter(Position = 0)] $Sandbox)
    (Invoke-TestSandboxHttp -Sandbox $Sandbox -Path '_sandbox/tokens').Body | ConvertFrom-Json | ForEach-Object { $_ }
}

function Set-TestSandboxTokenLifetime {
    <#
    .SYNOPSIS
        How long access tokens issued from now on live, and clears the token request log.
    #>
    [CmdletBinding()]
    param([Parameter(Position = 0)] $Sandbox, [Parameter(Mandatory)] [double] $Seconds)
    $target = Resolve-TestSandbox $Sandbox
    $null = Send-SandboxJson -Sandbox $target -Method POST -RelativePath ('_sandbox/tokens/lifetime?seconds=' + $Seconds.ToString([cultureinfo]::InvariantCulture))
    $null = Send-SandboxJson -Sandbox $target -Method DELETE -RelativePath '_sandbox/tokens'
}

#endregion

Export-ModuleMember -Function Invoke-TestSandboxHttp, Set-TestSandboxLimit, Clear-TestSandboxLimit, Set-TestSandboxFault, Get-TestSandboxStat,
    Get-TestSandboxTokenRequest, Set-TestSandboxTokenLifetime

#region Write calls built from the entity description

function Get-TestEntityType {
    # The model a cmdlet works on: the NexudusRecord type argument of its base class (NewRecordCmdlet<T>...); $null for none.
    param([Parameter(Mandatory)] [type] $CmdletType)
    for ($t = $CmdletType; $null -ne $t; $t = $t.BaseType) {
        if ($t.IsGenericType) {
            $argument = $t.GetGenericArguments()[0]
            if ([NexudusCommunity.Models.NexudusRecord].IsAssignableFrom($argument)) { return $argument }
        }
    }
}

function Get-TestBaseName {
    # The generic base class's name without its arity (NewRecordCmdlet), or the direct base class's name.
    param([Parameter(Mandatory)] [type] $CmdletType)
    for ($t = $CmdletType.BaseType; $null -ne $t; $t = $t.BaseType) {
        if ($t.IsGenericType) { return ($t.GetGenericTypeDefinition().Name -replace '`\d+$') }
    }
    $CmdletType.BaseType.Name
}

function Find-TestRecordReader {
    # The module's Get- cmdlet that lists records of a model (GetRecordCmdlet<T>); $null when the module has none.
    param([Parameter(Mandatory)] [type] $Model)
    Get-Command -Module NexudusCommunity -CommandType Cmdlet | Where-Object {
        (Get-TestBaseName $_.ImplementingType) -eq 'GetRecordCmdlet' -and (Get-TestEntityType $_.ImplementingType) -eq $Model
    } | Select-Object -First 1
}

function Find-TestModel {
    # The model of an entity name ("Coworker", as [Field(References = ...)] names it); $null when the module has none.
    param([Parameter(Mandatory)] [string] $Entity)
    [NexudusCommunity.Models.NexudusRecord].Assembly.GetTypes() | Where-Object {
        [NexudusCommunity.Models.NexudusRecord].IsAssignableFrom($_) -and -not $_.IsAbstract -and
        [NexudusCommunity.Models.Spec.EntitySpec]::Of($_).Name -eq $Entity
    } | Select-Object -First 1
}

function Get-TestExistingRecord {
    # Records of a model as the module lists them (at most -First), read in full with -Full.
    param([Parameter(Mandatory)] [type] $Model, [int] $First = 20, [switch] $Full)
    $reader = Find-TestRecordReader $Model
    if (-not $reader) { return }
    $records = @(& $reader -First $First -ErrorAction Stop)
    if ($Full) { $records = @(foreach ($r in $records) { & $reader -Id $r.Id -ErrorAction Stop }) }
    $records
}

function Find-TestParameterField {
    # The field a cmdlet parameter sets: by the field's parameter name, its add/remove parameters, or its name.
    param([Parameter(Mandatory)] $Spec, [Parameter(Mandatory)] [string] $Parameter)
    $Spec.Fields | Where-Object {
        $Parameter -in @($_.Name, $_.Parameter, $_.AddParameter, $_.RemoveParameter) -or
        ($_.Kind -eq 'IdList' -and $_.Name -eq ($Parameter + 's'))
    } | Select-Object -First 1
}

function New-TestWriteCall {
    <#
    .SYNOPSIS
        Valid calls of a writing cmdlet of the module (SupportsShouldProcess), built from the [Entity]/[Field]
        description of the entity it works on and from records that exist, so cmdlets of entities added later are
        covered as they come. Throws, naming the cmdlet, when it cannot build one: a test must not skip it.
    .OUTPUTS
        One or more objects: Command (name), Parameters (a hashtable to splat), Description.
    .EXAMPLE
        foreach ($call in New-TestWriteCall (Get-Command Remove-VideoRoom)) { $p = $call.Parameters; & $call.Command @p -WhatIf }
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] [System.Management.Automation.CmdletInfo] $Command)
    $name = $Command.Name
    $type = $Command.ImplementingType
    $base = Get-TestBaseName $type
    $model = Get-TestEntityType $type

    if ($name -eq 'Invoke-NexudusRestMethod') {
        # Every writing method it takes, on the path of an entity the module writes.
        $groupModel = [NexudusCommunity.Models.CommunityGroup]
        $spec = [NexudusCommunity.Models.Spec.EntitySpec]::Of($groupModel)
        $record = @(Get-TestExistingRecord $groupModel -First 1)[0]
        if (-not $record) { throw "New-TestWriteCall: $name needs an existing $($spec.Name) to write to." }
        $methods = $Command.Parameters['Method'].Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } | ForEach-Object ValidValues
        foreach ($method in $methods) {
            $parameters = switch ($method) {
                'Get' { $null }
                'Post' { @{ Method = 'Post'; Path = $spec.Path; Body = @{ Name = 'WhatIf probe'; BusinessId = $record.BusinessId } } }
                'Put' { @{ Method = 'Put'; Path = $spec.Path; Body = @{ Id = $record.Id; Name = 'WhatIf probe changed' } } }
                'Delete' { @{ Method = 'Delete'; Path = "$($spec.Path)/$($record.Id)" } }
                default { throw "New-TestWriteCall: cannot build a call of $name -Method ${method}: teach New-TestWriteCall this method." }
            }
            if ($parameters) { [pscustomobject]@{ Command = $name; Parameters = $parameters; Description = "$name -Method $method" } }
        }
        return
    }
    if ($name -eq 'Stop-NexudusSandbox') {
        # A sandbox of its own, which a dry run must leave running (the caller checks its process).
        if (-not $script:StopProbe -or $script:StopProbe.Process.HasExited) { $script:StopProbe = Start-NexudusSandbox }
        [pscustomobject]@{ Command = $name; Parameters = @{ Sandbox = $script:StopProbe }; Description = $name }
        return
    }
    if (-not $model) { throw "New-TestWriteCall: cannot build a call of $name (base $base): it works on no entity the test knows." }
    $spec = [NexudusCommunity.Models.Spec.EntitySpec]::Of($model)
    $parameters = @{}
    $verb = $Command.Verb

    # The record the call acts on: for a removal from a list (Remove-CommunityGroupMember), one whose list is not empty.
    $subject = $null
    $listParameter = $Command.Parameters.Values | Where-Object {
        $_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.Mandatory } } |
        ForEach-Object { $f = Find-TestParameterField $spec $_.Name; if ($f -and $f.Kind -eq 'IdList') { [pscustomobject]@{ Parameter = $_.Name; Field = $f } } } |
        Select-Object -First 1
    if ($base -ne 'NewRecordCmdlet') {
        $records = @(Get-TestExistingRecord $model -Full:([bool] $listParameter))
        $subject = if ($listParameter -and $verb -eq 'Remove') {
            $records | Where-Object { @($listParameter.Field.GetValue($_)).Count -gt 0 } | Select-Object -First 1
        }
        else { $records | Select-Object -First 1 }
        if (-not $subject) { throw "New-TestWriteCall: cannot build a call of ${name}: no $($spec.Name) record to act on$(if ($listParameter) { " with a non-empty $($listParameter.Field.Name)" })." }
    }

    switch ($base) {
        'NewRecordCmdlet' {
            foreach ($field in $spec.Fields | Where-Object { $_.IsWritable -and $_.IsRequired }) {
                $parameter = if ($field.Parameter) { $field.Parameter } else { $field.Name }
                if ($Command.Parameters.ContainsKey($parameter)) { $parameters[$parameter] = New-TestFieldValue -Field $field -Owner "$name -$parameter" }
            }
        }
        'SetRecordCmdlet' {
            $parameters['Id'] = $subject.Id
            $change = @($spec.NameField) + @($spec.Fields) | Where-Object { $_ -and $_.IsWritable -and $_.Kind -eq 'Text' -and -not $_.References } | Select-Object -First 1
            if (-not $change) { throw "New-TestWriteCall: cannot build a change for ${name}: $($spec.Name) has no writable text field." }
            $parameter = if ($change.Parameter) { $change.Parameter } else { $change.Name }
            $parameters[$parameter] = 'WhatIf probe changed'
        }
        'RemoveRecordCmdlet' { $parameters['Id'] = $subject.Id }
        'InvokeEntityCommandCmdlet' {
            $lister = Get-Command -Module NexudusCommunity -CommandType Cmdlet | Where-Object {
                (Get-TestBaseName $_.ImplementingType) -eq 'GetEntityCommandCmdlet' -and (Get-TestEntityType $_.ImplementingType) -eq $model } | Select-Object -First 1
            $key = if ($lister) { & $lister -ErrorAction Stop | Where-Object { @($_.RequiresParameters).Count -eq 0 } | Select-Object -First 1 -ExpandProperty Key }
            if (-not $key) { throw "New-TestWriteCall: cannot build a call of ${name}: no $($spec.Name) command that takes no parameters." }
            $parameters['Key'] = $key
            $parameters['Id'] = $subject.Id
        }
    }

    # Every mandatory parameter (of the first parameter set that needs only what is known) gets a value.
    foreach ($parameter in $Command.Parameters.Values) {
        $mandatory = @($parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.Mandatory })
        if ($mandatory.Count -eq 0 -or $parameters.ContainsKey($parameter.Name)) { continue }
        # Not needed when a parameter set takes everything given so far without it (InputObject beside Id).
        $given = @($parameters.Keys)
        $without = @($Command.ParameterSets | Where-Object {
                $names = @($_.Parameters.Name)
                @($given | Where-Object { $_ -notin $names }).Count -eq 0 -and
                @($_.Parameters | Where-Object { $_.Name -eq $parameter.Name -and $_.IsMandatory }).Count -eq 0 })
        if ($given.Count -gt 0 -and $without.Count -gt 0) { continue }
        if ([NexudusCommunity.Models.NexudusRecord].IsAssignableFrom($parameter.ParameterType)) {
            $parameters[$parameter.Name] = if ($parameter.ParameterType -eq $model) { $subject.Id } else { @(Get-TestExistingRecord $parameter.ParameterType -First 1)[0].Id }
            continue
        }
        $field = Find-TestParameterField $spec $parameter.Name
        if ($field -and $field.Kind -eq 'IdList' -and $subject) {
            $current = @($field.GetValue($subject))
            if ($verb -eq 'Remove') { $parameters[$parameter.Name] = $current[0]; continue }
            $refModel = Find-TestModel $field.References
            $other = @(Get-TestExistingRecord $refModel -First 50) | Where-Object { $_.Id -notin $current } | Select-Object -First 1
            if (-not $other) { throw "New-TestWriteCall: cannot build $name -$($parameter.Name): every $($field.References) is already in it." }
            $parameters[$parameter.Name] = $other.Id
            continue
        }
        if ($field) { $parameters[$parameter.Name] = New-TestFieldValue -Field $field -Owner "$name -$($parameter.Name)"; continue }
        throw "New-TestWriteCall: cannot build $name -$($parameter.Name): no field of $($spec.Name) describes it."
    }
    if ($parameters.Count -eq 0) { throw "New-TestWriteCall: cannot build a call of $name (base $base): teach New-TestWriteCall this kind of cmdlet." }
    [pscustomobject]@{ Command = $name; Parameters = $parameters; Description = $name }
}

#endregion

function Stop-TestWriteProbe {
    # Stops the sandbox New-TestWriteCall started for Stop-NexudusSandbox, if any.
    if ($script:StopProbe -and -not $script:StopProbe.Process.HasExited) { $script:StopProbe | Stop-NexudusSandbox -Confirm:$false }
    $script:StopProbe = $null
}

Export-ModuleMember -Function New-TestWriteCall, Stop-TestWriteProbe
