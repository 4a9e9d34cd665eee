<#
    -Force never beats -WhatIf. Every cmdlet of the module that writes (SupportsShouldProcess: every verb, every
    entity, Invoke-NexudusRestMethod), called with valid arguments built from the entity description, with -Force
    and with -Confirm:$false, inside an advanced function run with -WhatIf and under $WhatIfPreference = $true:
    the sandbox receives no write, and a "What if:" line says what would have been done. A cmdlet the helper cannot
    build a call for fails here, so a new entity's cmdlets are covered as they come.
#>

BeforeDiscovery {
    # Discovery runs before BeforeAll: the module is imported here to list its writing cmdlets.
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $writers = @(Get-Command -Module NexudusCommunity -CommandType Cmdlet |
            Where-Object { $_.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].SupportsShouldProcess } |
            Sort-Object Name | ForEach-Object { @{ Name = $_.Name } })
    $dryRuns = foreach ($writer in $writers) {
        foreach ($skip in 'Force', 'Confirm:$false') {
            foreach ($how in 'function -WhatIf', '$WhatIfPreference') { @{ Name = $writer.Name; Skip = $skip; How = $how } }
        }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    Connect-TestSandbox -Sandbox $sandbox

    # Every entity the module creates has a record to act on, and a group has a member to remove.
    # A record that needs another (a message its thread) is made in a later pass.
    $pending = [System.Collections.Generic.List[object]]::new()
    Get-Command -Module NexudusCommunity -CommandType Cmdlet | Where-Object Verb -EQ New | ForEach-Object { $pending.Add($_) }
    while ($pending.Count -gt 0) {
        $failed = [System.Collections.Generic.List[object]]::new()
        $why = [System.Collections.Generic.List[string]]::new()
        foreach ($creator in $pending) {
            try {
                foreach ($call in New-TestWriteCall $creator) { $p = $call.Parameters; $null = & $call.Command @p -ErrorAction Stop }
            }
            catch { $failed.Add($creator); $why.Add("$($creator.Name): $_") }
        }
        if ($failed.Count -eq $pending.Count) { throw "Could not create a record with: $($why -join '; ')" }
        $pending = $failed
    }

    # The runbook pattern of the issue: a function that supports -WhatIf and passes on what it was given.
    function Invoke-DryRunProbe {
        [CmdletBinding(SupportsShouldProcess)]
        param([string] $Command, [hashtable] $Parameters)
        & $Command @Parameters
    }

    function Invoke-WriteCall([string] $Name, [string] $Skip, [string] $How) {
        $calls = @(New-TestWriteCall (Get-Command $Name))
        $calls.Count | Should -BeGreaterThan 0
        foreach ($call in $calls) {
            $parameters = $call.Parameters.Clone()
            if ($Skip -eq 'Force') {
                if (-not (Get-Command $Name).Parameters.ContainsKey('Force')) { $parameters['Confirm'] = $false } # no -Force: -Confirm:$false is its unattended switch
                else { $parameters['Force'] = $true }
            }
            else { $parameters['Confirm'] = $false }
            $parameters['ErrorAction'] = 'Stop'
            Clear-TestSandboxRequest -Sandbox $sandbox
            $text = Get-TestHostText {
                if ($How -eq '$WhatIfPreference') {
                    $WhatIfPreference = $true
                    & $call.Command @parameters
                }
                else {
                    Invoke-DryRunProbe -Command $call.Command -Parameters $parameters -WhatIf
                }
            }
            @(Get-TestSandboxRequest -Sandbox $sandbox -Write) | ForEach-Object { "$($_.Method) $($_.Path)" } |
                Should -BeNullOrEmpty -Because "$($call.Description) -$Skip under $How is a dry run"
            $text | Should -Match 'What if: ' -Because "$($call.Description) -$Skip under $How says what it would do"
            foreach ($sandboxGiven in @($call.Parameters['Sandbox'])) {
                if ($sandboxGiven) { $sandboxGiven.Process.HasExited | Should -BeFalse -Because "$($call.Description) under $How stops nothing" }
            }
        }
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
    Stop-TestWriteProbe
}

Describe 'Writing cmdlets under an inherited -WhatIf' {
    It 'finds the module''s writing cmdlets (New, Set, Remove, Add, Invoke...)' {
        $names = @(Get-Command -Module NexudusCommunity -CommandType Cmdlet | Where-Object {
                $_.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].SupportsShouldProcess }).Name
        $names | Should -Contain 'Remove-CommunityGroup'
        $names | Should -Contain 'Remove-CommunityGroupMember'
        $names | Should -Contain 'Invoke-NexudusRestMethod'
        @($names | Where-Object { $_ -like 'New-*' }).Count | Should -BeGreaterThan 1
    }

    It '<Name> -<Skip> inside <How> sends nothing and says What if' -ForEach $dryRuns {
        Invoke-WriteCall -Name $Name -Skip $Skip -How $How
    }

    It 'Get-CommunityGroup | Remove-CommunityGroup -Force in a function run with -WhatIf deletes nothing (the issue''s Invoke-Cleanup)' {
        $group = New-CommunityGroup -Name 'Poetry 2 cleanup probe' -UserId (Get-CommunityGroup | Select-Object -First 1).UserId -ErrorAction Stop
        function Invoke-Cleanup { [CmdletBinding(SupportsShouldProcess)] param() Get-CommunityGroup -Name 'Poetry 2 cleanup probe' | Remove-CommunityGroup -Force }
        Clear-TestSandboxRequest -Sandbox $sandbox

        $text = Get-TestHostText { Invoke-Cleanup -WhatIf }

        @(Get-TestSandboxRequest -Sandbox $sandbox -Method DELETE) | Should -BeNullOrEmpty
        $text | Should -Match "What if: Performing the operation ""Remove"" on target "".*$($group.Id)"
        Get-CommunityGroup -Id $group.Id | Should -Not -BeNullOrEmpty
    }

    It '-Force still skips the question when no -WhatIf is in effect' {
        $group = New-CommunityGroup -Name 'Force probe' -UserId (Get-CommunityGroup | Select-Object -First 1).UserId -ErrorAction Stop
        $ConfirmPreference = 'Low'
        Clear-TestSandboxRequest -Sandbox $sandbox

        Remove-CommunityGroup -Id $group.Id -Force -ErrorAction Stop

        @(Get-TestSandboxRequest -Sandbox $sandbox -Method DELETE).Count | Should -Be 1
    }
}
