<#
    Connect-Nexudus -SecretName as runbooks use it, and what a failed Connect-Nexudus leaves behind. Every runbook runs
    in a PowerShell of its own (-NoProfile -NonInteractive -File) whose HOME holds registered vaults, against the local
    sandbox (Secrets/SecretTestHelpers.psm1).

    The behaviour runs against the genuine Microsoft.PowerShell.SecretManagement 1.1 and SecretStore 1.0 where they
    are present (../shared/modules beside the repository, or installed), and is reported as skipped for them
    elsewhere; there the stand-ins play them (Secrets/StandIn). Where both are at hand, the stand-ins' Get-Secret
    answers are compared with the genuine ones, so the stand-ins stay true to them.
#>

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'Secrets/SecretTestHelpers.psm1') -Force
    $genuine = Get-GenuineSecretModules
    $noRunner = if (-not (Get-RunbookPowerShell)) { 'there is no PowerShell executable to run runbooks in' }
    $genuineSkipReason = if ($noRunner) { $noRunner } else { $genuine.SkipReason }
    $backends = @(
        @{ Backend = 'Genuine'; SkipReason = $genuineSkipReason }
        @{ Backend = 'StandIn'; SkipReason = $(if ($noRunner) { $noRunner } elseif (-not $genuineSkipReason) { 'they ran against the genuine SecretManagement and SecretStore, which are here' }) }
    )
    $comparison = @(@{ SkipReason = $genuineSkipReason })
    $runbooks = @(@{ SkipReason = $noRunner })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'Secrets/SecretTestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
    $passwords = @(
        $sandbox.AdminCredential.GetNetworkCredential().Password
        $sandbox.ReaderCredential.GetNetworkCredential().Password
    )
    # What each backend's Get-Secret answered, for the comparison of the stand-in with the genuine module.
    $getSecretAnswers = @{}

    # What Get-Secret itself answers for every kind of secret the vaults hold: types and errors, never values.
    $getSecretProbe = @'
function Get-Shape {
    param($Value)
    if ($null -eq $Value) { return 'nothing' }
    if ($Value -is [hashtable]) { return 'Hashtable{' + ((@($Value.Keys) | Sort-Object | ForEach-Object { "$_=$($Value[$_].GetType().Name)" }) -join ',') + '}' }
    $Value.GetType().Name
}
function Get-ErrorShape {
    # The first error of a Get-Secret called with -ErrorAction SilentlyContinue, and whether it was terminating.
    param([scriptblock] $Read)
    $Error.Clear()
    $caught = $null
    try { $null = & $Read } catch { $caught = $_ }
    $record = if ($caught) { $caught } elseif ($Error.Count -gt 0) { $Error[0] } else { $null }
    if (-not $record) { return 'no error' }
    $kind = if ($caught) { 'terminating' } else { 'non-terminating' }
    "$kind $(($record.FullyQualifiedErrorId -split ',')[0]) [$($record.CategoryInfo.Category)] $($record.Exception.GetType().Name): $($record.Exception.Message)"
}
foreach ($name in 'Nexudus', 'NexudusTable', 'NexudusTableSecure', 'PlainText', 'Bytes', 'TokenOnly') {
    "get-secret ${name}: $(Get-Shape (Get-Secret -Name $name))"
    "get-secret ${name} -AsPlainText: $(Get-Shape (Get-Secret -Name $name -AsPlainText))"
}
"get-secret ReaderOnly: $(Get-Shape (Get-Secret -Name ReaderOnly))"
"get-secret Nexudus -Vault Other: $(Get-Shape (Get-Secret -Name Nexudus -Vault Other))"
"get-secret NexudusTable keys are case-sensitive: $($null -eq (Get-Secret -Name NexudusTable)['username'])"
"get-secret Missing: $(Get-ErrorShape { Get-Secret -Name Missing -ErrorAction SilentlyContinue })"
"get-secret Missing -Vault Other: $(Get-ErrorShape { Get-Secret -Name Missing -Vault Other -ErrorAction SilentlyContinue })"
"get-secret -Vault NoSuch: $(Get-ErrorShape { Get-Secret -Name Nexudus -Vault NoSuch -ErrorAction SilentlyContinue })"
'@

    # A store that needs its password (no prompting), which nobody gives it in this session: it stays locked. The
    # second vault holds a secret of the same name, which must not be read in its place.
    $reader = $sandbox.ReaderCredential.GetNetworkCredential()
    $lockedRunbook = @"
`$storePassword = ConvertTo-SecureString 'Store-Pa55-for-tests' -AsPlainText -Force
Set-SecretStoreConfiguration -Scope CurrentUser -Authentication Password -Interaction None -Password `$storePassword -Confirm:`$false
Register-SecretVault -Name LocalStore -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault
Register-SecretVault -Name Other -ModuleName Nexudus.TestVault -VaultParameters @{ Path = (Join-Path `$env:HOME 'other-vault') }
Set-Secret -Name Nexudus -Vault Other -Secret ([pscredential]::new('$($reader.UserName)', (ConvertTo-SecureString '$($reader.Password)' -AsPlainText -Force)))
try { Connect-Nexudus -SecretName Nexudus; "locked: connected as `$((Get-NexudusConnection).UserName)" } catch { "locked: `$(Format-TestError `$_)" }
try { Get-Secret -Name Nexudus -ErrorAction SilentlyContinue | Out-Null; 'get-secret locked: no error' } catch { "get-secret locked: terminating `$(`$_.Exception.GetType().FullName): `$(`$_.Exception.Message -replace '\r?\n', ' ')" }
"@

    function Select-Labelled {
        # The runbook lines that start with "<Label>: ", without the label.
        param([Parameter(Mandatory)] $Run, [Parameter(Mandatory)] [string] $Label)
        @($Run.Output | Where-Object { $_.StartsWith("${Label}: ") } | ForEach-Object { $_.Substring($Label.Length + 2) })
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Connect-Nexudus -SecretName in a runbook (<Backend> SecretManagement)' -ForEach $backends {
    BeforeAll {
        if ($SkipReason) { return }
        $secretHome = New-TestSecretHome -Backend $Backend
        # Set up by the about topic's SecretStore recipe, its first step run as written.
        $setUp = Initialize-TestSecretHome -SecretHome $secretHome -Sandbox $sandbox
        # Its second step, the scheduled script, as written.
        $scheduled = Get-DocumentedRecipe -Source AboutTopic -After 'Then, in the scheduled script (pwsh -NonInteractive -File):'
        $scheduledRun = Invoke-TestRunbook -SecretHome $secretHome -Sandbox $sandbox -Script $scheduled
        $stopped = Invoke-TestRunbook -SecretHome $secretHome -Sandbox $sandbox -Script @'
Connect-Nexudus -SecretName Nexudus
"first: connected as $((Get-NexudusConnection).UserName)"
Connect-Nexudus -SecretName Missing -ErrorAction Stop
'the line after the failed Connect-Nexudus ran'
'@
        $connectRunbook = @'
function Show-Connect {
    # One Connect-Nexudus -PassThru, as "<label>: connected as <user>" or "<label>: ERROR <id> [<category>] ...".
    param([string] $Label, [scriptblock] $Connect)
    try { "${Label}: connected as $((& $Connect).UserName)" } catch { "${Label}: $(Format-TestError $_)" }
}

# The runbook's own variables, named as the parameters of the script the old lookup ran in the caller's scope.
$c = 'my c'; $n = 'my n'; $v = 'my v'
$records = Connect-Nexudus -SecretName Nexudus -PassThru -Verbose 4>&1
$verbose = $records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object { "$_" }
"script: connected as $(($records | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).UserName); c=$c n=$n v=$v"
$verbose | ForEach-Object { "script verbose: $_" }

function Connect-FromFunction {
    $c = 'function c'   # a local of the same name: the old lookup failed with "the variable has been optimized"
    "function: connected as $((Connect-Nexudus -SecretName Nexudus -PassThru).UserName); c=$c"
}
Connect-FromFunction

New-Module -Name RunbookTools -ArgumentList $PSDefaultParameterValues['Connect-Nexudus:BaseUri'] -ScriptBlock {
    param($BaseUri)
    # A module sees the global $PSDefaultParameterValues no more than a real runbook module would: it says where.
    function Connect-FromModule { $v = 'module v'; "module: connected as $((Connect-Nexudus -SecretName Nexudus -BaseUri $BaseUri -NoRateLimit -PassThru).UserName); v=$v" }
} | Import-Module
Connect-FromModule

if ($PSVersionTable.PSVersion.Major -ge 7) {
    $module = (Get-Module NexudusCommunity).Path
    $baseUri = $PSDefaultParameterValues['Connect-Nexudus:BaseUri']
    # Three runspaces read the secret at the same moment.
    1..3 | ForEach-Object -ThrottleLimit 3 -Parallel {
        $i = $_
        Import-Module $using:module
        $c = "parallel $i"
        try {
            $connection = Connect-Nexudus -SecretName Nexudus -BaseUri $using:baseUri -NoRateLimit -PassThru -ErrorAction Stop
            "parallel: connected as $($connection.UserName); c=$c"
        }
        catch {
            "parallel: ERROR $($_.FullyQualifiedErrorId): $($_.Exception.Message)"
        }
    }
    Start-ThreadJob -ScriptBlock {
        Import-Module $using:module
        function Connect-InJob { $c = 'job c'; (Connect-Nexudus -SecretName Nexudus -BaseUri $using:baseUri -NoRateLimit -PassThru).UserName }
        "thread job: connected as $(Connect-InJob)"
    } | Receive-Job -Wait -AutoRemoveJob
}
else {
    'parallel: not available in Windows PowerShell'
}

Show-Connect 'table NexudusTable' { Connect-Nexudus -SecretName NexudusTable -PassThru }
Show-Connect 'table NexudusTableSecure' { Connect-Nexudus -SecretName NexudusTableSecure -PassThru }
Show-Connect 'vault Other' { Connect-Nexudus -SecretName Nexudus -Vault Other -PassThru }
Show-Connect 'vault LocalStore' { Connect-Nexudus -SecretName Nexudus -Vault LocalStore -PassThru }
$records = Connect-Nexudus -SecretName ReaderOnly -PassThru -Verbose 4>&1
$verbose = $records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object { "$_" }
"second vault: connected as $(($records | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).UserName)"
$verbose | ForEach-Object { "second vault verbose: $_" }

Show-Connect 'refused PlainText' { Connect-Nexudus -SecretName PlainText -PassThru }
Show-Connect 'refused Bytes' { Connect-Nexudus -SecretName Bytes -PassThru }
Show-Connect 'refused TokenOnly' { Connect-Nexudus -SecretName TokenOnly -PassThru }
Show-Connect 'refused Missing' { Connect-Nexudus -SecretName Missing -PassThru }
Show-Connect 'refused MissingInVault' { Connect-Nexudus -SecretName ReaderOnly -Vault LocalStore -PassThru }
Show-Connect 'refused NoSuchVault' { Connect-Nexudus -SecretName Nexudus -Vault NoSuch -PassThru }

# Everything, to every stream: no password may appear anywhere.
$VerbosePreference = 'Continue'
$DebugPreference = 'Continue'
try { Connect-Nexudus -SecretName Missing } catch { }
Connect-Nexudus -SecretName NexudusTableSecure
Get-CommunityGroup -First 1 | Out-Null
$VerbosePreference = 'SilentlyContinue'
$DebugPreference = 'SilentlyContinue'

# A failed Connect-Nexudus after a good one, without -ErrorAction Stop: the script goes on, on no connection. Its
# errors are shown one line each, to tell them from any other.
$ErrorView = 'CategoryView'
function Show-NextCmdlet {
    param([string] $Label)
    try { $groups = @(Get-CommunityGroup -ErrorAction Stop); "${Label}: Get-CommunityGroup read $($groups.Count) groups as $((Get-NexudusConnection).UserName)" }
    catch { "${Label}: $(Format-TestError $_)" }
}
$kept = Connect-Nexudus -SecretName Nexudus -PassThru
Connect-Nexudus -SecretName Nexudus -Vault NoSuch
Show-NextCmdlet 'after an unreadable secret'
Connect-Nexudus -SecretName Nexudus
Connect-Nexudus -Credential ([pscredential]::new('admin@example.com', (ConvertTo-SecureString 'Wrong-Pa55-for-tests' -AsPlainText -Force)))
Show-NextCmdlet 'after a wrong password'
Connect-Nexudus -SecretName Nexudus
Connect-Nexudus -SecretName $env:NEXUDUS_SECRET_NAME_NOT_SET
Show-NextCmdlet 'after an empty secret name'
"kept connection: $(@(Get-CommunityGroup -Connection $kept).Count) groups as $($kept.UserName)"

'@
        $run = Invoke-TestRunbook -SecretHome $secretHome -Sandbox $sandbox -Script ($connectRunbook + [Environment]::NewLine + $getSecretProbe)
        $getSecretAnswers[$Backend] = @($run.Output | Where-Object { $_ -like 'get-secret *' })
    }

    AfterAll {
        if ($secretHome) { Remove-TestSecretHome -SecretHome $secretHome }
    }

    BeforeEach {
        if ($SkipReason) { Set-ItResult -Skipped -Because $SkipReason }
    }

    It "connects by secret name, and the runbook's own `$c, `$n and `$v keep their values" {
        Select-Labelled $run 'script' | Should -Be @('connected as admin@example.com; c=my c n=my n v=my v')
    }

    It 'connects from a function that has a local $c, and from a module function' {
        Select-Labelled $run 'function' | Should -Be @('connected as admin@example.com; c=function c')
        Select-Labelled $run 'module' | Should -Be @('connected as admin@example.com; v=module v')
    }

    It 'connects in three ForEach-Object -Parallel runspaces reading the secret at once, and in a thread job' {
        $parallel = Select-Labelled $run 'parallel'
        if ($parallel -contains 'not available in Windows PowerShell') { Set-ItResult -Skipped -Because 'Windows PowerShell has no ForEach-Object -Parallel'; return }

        $parallel | Sort-Object | Should -Be @(
            'connected as admin@example.com; c=parallel 1'
            'connected as admin@example.com; c=parallel 2'
            'connected as admin@example.com; c=parallel 3'
        )
        Select-Labelled $run 'thread job' | Should -Be @('connected as admin@example.com')
    }

    It 'accepts a hashtable as Get-Secret returns it, every value a SecureString: <Name>' -ForEach @(
        @{ Name = 'NexudusTable'; Stored = 'UserName and Password stored as strings' }
        @{ Name = 'NexudusTableSecure'; Stored = 'username and PASSWORD stored as SecureStrings' }
    ) {
        Select-Labelled $run "table $Name" | Should -Be @('connected as admin@example.com')
    }

    It 'reads the vault named by -Vault, and finds a secret that only the second vault holds' {
        Select-Labelled $run 'vault Other' | Should -Be @('connected as reader@example.com')
        Select-Labelled $run 'vault LocalStore' | Should -Be @('connected as admin@example.com')
        Select-Labelled $run 'second vault' | Should -Be @('connected as reader@example.com')
    }

    It 'says at -Verbose which secret it read from which vault' {
        Select-Labelled $run 'script verbose' | Should -Contain "Reading the secret 'Nexudus' from the SecretManagement vaults 'LocalStore' (default), 'Other', in that order."
        Select-Labelled $run 'script verbose' | Should -Contain "Read the secret 'Nexudus' from the vault 'LocalStore'."
        Select-Labelled $run 'second vault verbose' | Should -Contain "Read the secret 'ReaderOnly' from the vault 'Other'."
    }

    It 'says what the secret holds when it is not a credential, and how to store one: <Name>' -ForEach @(
        @{ Name = 'PlainText'; Holds = 'holds a single string (Get-Secret returns a stored string or SecureString as a SecureString)' }
        @{ Name = 'Bytes'; Holds = 'holds a byte array' }
        @{ Name = 'TokenOnly'; Holds = "holds a hashtable without a non-empty UserName and Password (its keys: 'Token')" }
    ) {
        $refusal = @(Select-Labelled $run "refused $Name")

        $refusal | Should -HaveCount 1
        $refusal[0] | Should -BeLike "ERROR NexudusSecretNotCredential,* ``[InvalidType``] target=${Name}: *"
        $refusal[0] | Should -BeLike "*the secret '$Name' in the vault 'LocalStore' $Holds, not a credential.*"
        $refusal[0] | Should -BeLike "*Set-Secret -Name $Name -Vault LocalStore -Secret (Get-Credential)*"
        $refusal[0] | Should -Not -BeLike '*just a string*'
    }

    It 'names a missing secret and the vaults it searched, without PowerShell''s "preference variable" boilerplate' {
        $missing = @(Select-Labelled $run 'refused Missing')
        $missingInVault = @(Select-Labelled $run 'refused MissingInVault')

        $missing | Should -Be @("ERROR NexudusSecretNotFound,NexudusCommunity.Cmdlets.Connections.ConnectNexudusCommand [ObjectNotFound] target=Missing: SecretName: there is no secret 'Missing' in the vaults 'LocalStore' (default), 'Other'. Store the credential with Set-Secret -Name Missing -Secret (Get-Credential).")
        $missingInVault | Should -Be @("ERROR NexudusSecretNotFound,NexudusCommunity.Cmdlets.Connections.ConnectNexudusCommand [ObjectNotFound] target=ReaderOnly: SecretName: there is no secret 'ReaderOnly' in the vault 'LocalStore'. Store the credential with Set-Secret -Name ReaderOnly -Vault LocalStore -Secret (Get-Credential).")
    }

    It 'lists the registered vaults when -Vault names one that is not registered' {
        Select-Labelled $run 'refused NoSuchVault' | Should -Be @("ERROR NexudusSecretVaultNotRegistered,NexudusCommunity.Cmdlets.Connections.ConnectNexudusCommand [ObjectNotFound] target=NoSuch: Vault: no SecretManagement vault named 'NoSuch' is registered for this user. The registered vaults are 'LocalStore' (default), 'Other'.")
    }

    It 'writes no password to any stream, and the runbook ends with no error but the three failed connects' {
        $text = ($run.Output -join "`n") + "`n" + $run.ErrorText
        $errors = @($run.ErrorText -split '\r?\n' | Where-Object { $_.Trim() })

        $text | Should -BeLike '*HTTP GET*' -Because 'the verbose stream traced the requests'
        foreach ($password in $passwords) { $text | Should -Not -BeLike "*$password*" }
        $errors | Should -HaveCount 3
        $errors | Should -BeLike '*`[Connect-Nexudus`]*'
        $run.ExitCode | Should -Be 0
    }

    It 'passes on no verbose line of Get-Secret''s own, which the runbook could neither capture nor silence' {
        # SecretManagement 1.1.2 writes it to the host, past any redirection, and says a secret it did not find
        # "was successfully retrieved"; the module's own line says what was read, from where.
        ($run.Output + $run.ErrorText) -join "`n" | Should -Not -BeLike '*was successfully retrieved*'
    }

    It "sets the store up by the help's SecretStore recipe, without a prompt" {
        $setUp.ErrorText | Should -BeNullOrEmpty
        $setUp.Output | Should -Contain 'recipe done'
    }

    It "runs the recipe's scheduled script, -NonInteractive, signed in from the secret" {
        $scheduledRun.ErrorText | Should -BeNullOrEmpty
        $scheduledRun.ExitCode | Should -Be 0
        $scheduledRun.Output | Should -Contain 'Signed in to Nexudus as admin@example.com'
    }

    It 'ends the script at a failed Connect-Nexudus -ErrorAction Stop after a good one' {
        $stopped.Output | Should -Contain 'first: connected as admin@example.com'
        $stopped.Output | Should -Not -Contain 'the line after the failed Connect-Nexudus ran'
        $stopped.ErrorText | Should -BeLike "*'Missing'*"
        $stopped.ExitCode | Should -Not -Be 0
    }

    It 'leaves no default connection after a failed Connect-Nexudus: the next Get-CommunityGroup says "not connected", <Cause>' -ForEach @(
        @{ Cause = 'after an unreadable secret' }
        @{ Cause = 'after a wrong password' }
        @{ Cause = 'after an empty secret name' }
    ) {
        Select-Labelled $run $Cause | Should -Be @('ERROR NexudusNotConnected,NexudusCommunity.Cmdlets.CommunityGroups.GetCommunityGroupCommand [ConnectionError] target=: Not connected to Nexudus: run Connect-Nexudus first, or pass -Connection.')
    }

    It 'keeps a connection from -PassThru usable through its variable after a failed Connect-Nexudus' {
        Select-Labelled $run 'kept connection' | Should -Match '^\d+ groups as admin@example\.com$'
    }
}

Describe 'A locked vault (<Backend> SecretManagement)' -ForEach $backends {
    BeforeAll {
        if ($SkipReason) { return }
        $secretHome = New-TestSecretHome -Backend $Backend
        $run = Invoke-TestRunbook -SecretHome $secretHome -Sandbox $sandbox -Script $lockedRunbook
        $getSecretAnswers["$Backend locked"] = @($run.Output | Where-Object { $_ -like 'get-secret *' })
    }

    AfterAll {
        if ($secretHome) { Remove-TestSecretHome -SecretHome $secretHome }
    }

    BeforeEach {
        if ($SkipReason) { Set-ItResult -Skipped -Because $SkipReason }
    }

    It 'says the vault is locked and to unlock it with Unlock-SecretStore, rather than read the same name from the next vault' {
        Select-Labelled $run 'locked' | Should -Be @("ERROR NexudusSecretVaultLocked,NexudusCommunity.Cmdlets.Connections.ConnectNexudusCommand [ResourceUnavailable] target=LocalStore: SecretName: the vault 'LocalStore' is locked, so the secret 'Nexudus' could not be read. Unlock it first with Unlock-SecretStore -Password <the store's password>; a store that unattended jobs read can be configured without one (Set-SecretStoreConfiguration -Authentication None -Interaction None).")
    }
}

Describe 'The stand-in answers as the genuine Get-Secret does' -ForEach $comparison {
    BeforeAll {
        if ($SkipReason) { return }
        $standInHome = New-TestSecretHome -Backend StandIn
        $null = Initialize-TestSecretHome -SecretHome $standInHome -Sandbox $sandbox
        $probe = Invoke-TestRunbook -SecretHome $standInHome -Script $getSecretProbe -NoModule
        $lockedHome = New-TestSecretHome -Backend StandIn
        $locked = Invoke-TestRunbook -SecretHome $lockedHome -Sandbox $sandbox -Script $lockedRunbook
    }

    AfterAll {
        foreach ($folder in $standInHome, $lockedHome) { if ($folder) { Remove-TestSecretHome -SecretHome $folder } }
    }

    BeforeEach {
        if ($SkipReason) { Set-ItResult -Skipped -Because $SkipReason }
    }

    It 'returns the same types (SecureString values in hashtables, -AsPlainText strings) and the same errors' {
        $standIn = @($probe.Output | Where-Object { $_ -like 'get-secret *' })

        $getSecretAnswers['Genuine'] | Should -Not -BeNullOrEmpty
        $standIn | Should -Be $getSecretAnswers['Genuine']
    }

    It 'is locked, and says so, as the genuine SecretStore is' {
        $standIn = @($locked.Output | Where-Object { $_ -like 'get-secret *' })

        $getSecretAnswers['Genuine locked'] | Should -Not -BeNullOrEmpty
        $standIn | Should -Be $getSecretAnswers['Genuine locked']
        Select-Labelled $locked 'locked' | Should -BeLike 'ERROR NexudusSecretVaultLocked,*'
    }
}

Describe 'The README' {
    It 'shows the SecretStore recipe of the about topic, which the runbook tests run' {
        Get-DocumentedRecipe -Source Readme -After 'account that will run the scheduled script:' |
            Should -Be (Get-DocumentedRecipe -Source AboutTopic -After 'account that will run the scheduled script:')
        Get-DocumentedRecipe -Source Readme -After 'Then, in the scheduled script (pwsh -NonInteractive -File):' |
            Should -Be (Get-DocumentedRecipe -Source AboutTopic -After 'Then, in the scheduled script (pwsh -NonInteractive -File):')
    }
}

Describe 'Connect-Nexudus -SecretName without SecretManagement' -ForEach $runbooks {
    BeforeAll {
        if ($SkipReason) { return }
        $secretHome = New-TestSecretHome -Backend StandIn
        $run = Invoke-TestRunbook -SecretHome $secretHome -Sandbox $sandbox -WithoutSecretManagement -Script @'
if (Get-Module -ListAvailable -Name Microsoft.PowerShell.SecretManagement) { 'installed: yes' }
try { Connect-Nexudus -SecretName Nexudus } catch { "missing: $(Format-TestError $_)" }
'@
    }

    AfterAll {
        if ($secretHome) { Remove-TestSecretHome -SecretHome $secretHome }
    }

    BeforeEach {
        if ($SkipReason) { Set-ItResult -Skipped -Because $SkipReason }
    }

    It 'says to install it, and a vault' {
        if ($run.Output -contains 'installed: yes') { Set-ItResult -Skipped -Because 'SecretManagement is installed with PowerShell itself here'; return }

        Select-Labelled $run 'missing' | Should -Be @('ERROR NexudusSecretManagementMissing,NexudusCommunity.Cmdlets.Connections.ConnectNexudusCommand [NotInstalled] target=Nexudus: SecretName: the Microsoft.PowerShell.SecretManagement module is not installed. Install it with a vault module (Install-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore), register a vault, and store the credential with Set-Secret -Name Nexudus -Secret (Get-Credential).')
    }
}

Describe 'A failed Connect-Nexudus -Credential after a good one' -ForEach $runbooks {
    BeforeAll {
        if ($SkipReason) { return }
        $secretHome = New-TestSecretHome -Backend StandIn
        $admin = $sandbox.AdminCredential.GetNetworkCredential()
        $stopped = Invoke-TestRunbook -SecretHome $secretHome -Sandbox $sandbox -Script @"
Connect-Nexudus -Credential ([pscredential]::new('$($admin.UserName)', (ConvertTo-SecureString '$($admin.Password)' -AsPlainText -Force)))
"first: connected as `$((Get-NexudusConnection).UserName)"
Connect-Nexudus -Credential ([pscredential]::new('$($admin.UserName)', (ConvertTo-SecureString 'Wrong-Pa55-for-tests' -AsPlainText -Force))) -ErrorAction Stop
'the line after the failed Connect-Nexudus ran'
"@
    }

    AfterAll {
        if ($secretHome) { Remove-TestSecretHome -SecretHome $secretHome }
    }

    BeforeEach {
        if ($SkipReason) { Set-ItResult -Skipped -Because $SkipReason }
    }

    It 'with -ErrorAction Stop ends the script at a wrong password' {
        $stopped.Output | Should -Contain 'first: connected as admin@example.com'
        $stopped.Output | Should -Not -Contain 'the line after the failed Connect-Nexudus ran'
        $stopped.ExitCode | Should -Not -Be 0
        $stopped.ErrorText | Should -Not -BeLike '*Wrong-Pa55-for-tests*'
    }
}
