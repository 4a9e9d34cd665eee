<#
    What every entity does the same way, run over every entity's description against the sandbox: lists and
    paging, each filter, date ranges, sorting, get by Id and by name, create from the required fields, update that
    keeps every other field (unknown ones included), remove, -WhatIf writing nothing, bad input refused naming the
    parameter, and the parent record taken by name, Id or pipeline. An entity's own test file holds only what is
    particular to it; a new standard entity is tested here by being described.
#>

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'EntityDescriptions.psm1') -Force
    $entities = @(Get-TestEntity | ForEach-Object {
            @{
                Name      = $_.Name
                Writable  = [bool] $_.New
                Settable  = [bool] $_.Set
                Removable = [bool] $_.Remove
                Named     = [bool] ($_.NameField -and ($_.Get.Parameters.Keys -contains $_.Spec.NameField.Parameter))
                Filters   = @(Get-TestFilterParameter -Entity $_ | ForEach-Object { @{ Parameter = $_.Name } })
                Sorts     = @($_.Spec.SortFields | ForEach-Object { @{ Field = $_.Name } })
                Parents   = @(if ($_.New) {
                        $_.Spec.Fields | Where-Object { $_.References -and $_.Parameter -eq $_.References -and (Get-TestEntity -Name $_.References) } |
                            ForEach-Object { @{ Parameter = $_.Parameter } }
                    })
            }
        })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'EntityDescriptions.psm1') -Force
    $sandbox = Start-TestSandbox
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Every entity: <Name>' -ForEach $entities {
    BeforeAll {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        $entity = Get-TestEntity -Name $Name
        $get = $entity.Get.Name
        if ($entity.New) { 1..3 | ForEach-Object { $null = New-TestRecord -Entity $entity -Full } }
        $all = @(& $get)
        $a, $b = $all[0], $all[1]
    }

    BeforeEach { Clear-TestSandboxRequest -Sandbox $sandbox }

    It 'lists every record, and pages with -First, -Skip and -IncludeTotalCount' {
        $all.Count | Should -BeGreaterOrEqual 2 -Because 'the sandbox holds some (demo data, or the three made here)'
        $all | Should -BeOfType $entity.Type

        @(& $get -Skip 1 -First 1).Id | Should -Be $all[1].Id
        $counted = @(& $get -IncludeTotalCount -First 1)
        $counted.Count | Should -Be 2 -Because 'the count, then one record'
        [uint64] $counted[0].PSObject.BaseObject | Should -Be $all.Count
    }

    It 'gets records by Id, one or several, in full' {
        (& $get -Id $a.Id).Id | Should -Be $a.Id
        @(& $get -Id $b.Id, $a.Id).Id | Should -Be @($b.Id, $a.Id)
    }

    It 'refuses an Id that is not a record, naming it' {
        $missing = ($all.Id | Measure-Object -Maximum).Maximum + 1000
        & $get -Id $missing -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed.Count | Should -Be 1
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        "$failed" | Should -Match "$missing"
    }

    It 'finds a record by its exact name, wildcard characters escaped' -Skip:(-not $Named) {
        $parameter = $entity.Spec.NameField.Parameter
        $name = $entity.Spec.NameOf($a)
        $byName = @{ $parameter = [WildcardPattern]::Escape($name) }
        $found = @(& $get @byName)
        $found.Id | Should -Contain $a.Id
        $found | ForEach-Object { $entity.Spec.NameOf($_) | Should -BeExactly $name }
    }

    It 'filters by -<Parameter>' -ForEach $Filters {
        $filter = Get-TestFilterParameter -Entity $entity | Where-Object Name -eq $Parameter
        $field = $filter.Field
        $value = $field.GetValue($a)
        # A field the server left empty reads as its type's default (0, false): nothing to find it by.
        $held = (Get-TestRawRecord -Entity $entity -Id $a.Id).($field.Name)
        if ($null -eq $value -or $null -eq $held -or ($value -is [array] -and $value.Count -eq 0)) {
            Set-ItResult -Skipped -Because "the records here have no $($field.Name)"
            return
        }
        $given = if ($value -is [string]) { [WildcardPattern]::Escape($value) } elseif ($value -is [array]) { $value[0] } else { $value }
        $filtered = @{ $Parameter = $given }
        $found = @(& $get @filtered)
        $found.Id | Should -Contain $a.Id
        foreach ($record in $found) {
            $got = $field.GetValue($record)
            if ($value -is [array]) { if ($null -ne $got) { $got | Should -Contain $given } }
            else { $got | Should -Be $value }
        }
    }

    It 'lists by creation and update dates' {
        $created = [datetime] $a.CreatedOn
        @(& $get -CreatedAfter $created.AddSeconds(-1)).Id | Should -Contain $a.Id
        @(& $get -CreatedBefore $created.AddDays(-1)).Id | Should -Not -Contain $a.Id
        @(& $get -UpdatedAfter ([datetime] $a.UpdatedOn).AddSeconds(-1)).Id | Should -Contain $a.Id
        @(& $get -UpdatedAfter ([datetime]::UtcNow.AddDays(1))).Count | Should -Be 0
    }

    It 'sorts by <Field>, both ways' -ForEach $Sorts {
        $up = @(& $get -SortBy $Field)
        $down = @(& $get -SortBy $Field -Descending)
        $up.Count | Should -Be $all.Count
        $keys = @($up | ForEach-Object { $v = $_.$Field; if ($v -is [string]) { $v.ToUpperInvariant() } else { $v } })
        for ($i = 1; $i -lt $keys.Count; $i++) {
            if ($null -eq $keys[$i - 1] -or $null -eq $keys[$i]) { continue }
            if ($keys[$i - 1] -is [string]) { [string]::CompareOrdinal($keys[$i - 1], $keys[$i]) | Should -BeLessOrEqual 0 }
            else { $keys[$i - 1] | Should -BeLessOrEqual $keys[$i] }
        }
        @($down | ForEach-Object { $_.$Field })[0] | Should -Be @($up | ForEach-Object { $_.$Field })[-1]
        { & $get -SortBy 'NoSuchField' -ErrorAction Stop } | Should -Throw '*SortBy*'
    }

    It 'creates a record from its required fields alone, in one write' -Skip:(-not $Writable) {
        $arguments = New-TestRecordArguments -Entity $entity
        Clear-TestSandboxRequest -Sandbox $sandbox

        $record = & $entity.New.Name @arguments -Confirm:$false -ErrorAction Stop

        $record | Should -BeOfType $entity.Type
        $record.Id | Should -BeGreaterThan 0
        @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 1
        $stored = & $get -Id $record.Id
        foreach ($parameter in Get-TestMandatoryParameter -Command $entity.New -Entity $entity) {
            $given = $arguments[$parameter.Name]
            $kept = $parameter.Field.GetValue($stored)
            if ($given -is [datetime]) { ([datetime] $kept).ToUniversalTime() | Should -Be $given.ToUniversalTime() }
            elseif ($given -is [array]) { @($kept) | Should -Be @($given) }
            else { "$kept" | Should -BeExactly "$given" -Because "$($parameter.Name) was given" }
        }
    }

    It 'refuses bad input naming the parameter, writing nothing' -Skip:(-not $Writable) {
        $typed = $entity.New.Parameters.Values | Where-Object {
            $field = $entity.Spec.FieldForParameter($_.Name)
            $field -and -not $field.References -and $field.Kind.ToString() -in 'Number', 'Choice', 'TrueFalse', 'Date'
        } | Select-Object -First 1
        $arguments = New-TestRecordArguments -Entity $entity
        $parameter = if ($typed) { $typed.Name } else { ($arguments.Keys | Select-Object -First 1) }
        if (-not $parameter) { Set-ItResult -Skipped -Because 'New- takes no parameter to give a bad value to'; return }
        $arguments[$parameter] = if ($typed) { 'not-a-value' } else { '' }
        Clear-TestSandboxRequest -Sandbox $sandbox

        { & $entity.New.Name @arguments -Confirm:$false -ErrorAction Stop } | Should -Throw "*$parameter*"
        @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
    }

    It 'changes one field and sends back every other, unknown ones included' -Skip:(-not $Settable) {
        # A record holding a field this module does not know, as real records do (ToStringText, CustomFields...).
        $raw = Get-TestRawRecord -Entity $entity -Id (New-TestRecord -Entity $entity).Id
        $raw.Id = ($all.Id | Measure-Object -Maximum).Maximum + 5000
        $raw | Add-Member -NotePropertyName FutureField -NotePropertyValue 'keep-me' -Force
        Add-TestSandboxData -Sandbox $sandbox @{ $entity.Name = @($raw) }
        $record = & $get -Id $raw.Id
        $before = Get-TestRawRecord -Entity $entity -Id $record.Id
        $before.FutureField | Should -Be 'keep-me'
        $change = Get-TestTextParameter -Command $entity.Set -Entity $entity
        if (-not $change) { Set-ItResult -Skipped -Because 'Set- changes no text field'; return }
        $field = $entity.Spec.FieldForParameter($change.Name)
        $new = if ($field.MaxLength -gt 0 -and $field.MaxLength -lt 8) { 'chg' } else { 'changed [x]' }

        $changes = @{ $change.Name = $new }
        & $entity.Set.Name -Id $record.Id @changes -Confirm:$false -ErrorAction Stop

        $after = Get-TestRawRecord -Entity $entity -Id $record.Id
        $after.($field.Name) | Should -BeExactly $new
        foreach ($property in $before.PSObject.Properties) {
            if ($property.Name -in $field.Name, 'UpdatedOn', 'UpdatedBy') { continue }
            ($after.($property.Name) | ConvertTo-Json -Compress -Depth 5) |
                Should -Be ($property.Value | ConvertTo-Json -Compress -Depth 5) -Because "$($property.Name) was not asked to change"
        }
    }

    It 'removes a record, after which it cannot be read' -Skip:(-not ($Removable -and $Writable)) {
        $record = New-TestRecord -Entity $entity

        & $entity.Remove.Name -Id $record.Id -Confirm:$false -ErrorAction Stop

        & $get -Id $record.Id -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'writes nothing under -WhatIf, on every verb it has' -Skip:(-not $Writable) {
        $record = New-TestRecord -Entity $entity
        Clear-TestSandboxRequest -Sandbox $sandbox
        $arguments = New-TestRecordArguments -Entity $entity

        $text = if ($entity.Set) { Get-TestTextParameter -Command $entity.Set -Entity $entity }
        $said = Get-TestHostText {
            & $entity.New.Name @arguments -WhatIf
            if ($text) { $change = @{ $text.Name = 'what if' }; $record | & $entity.Set.Name @change -WhatIf }
            if ($entity.Remove) { $record | & $entity.Remove.Name -WhatIf }
        }

        @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
        ([regex]::Matches($said, 'What if:')).Count | Should -Be (1 + [int][bool]$text + [int][bool]$entity.Remove)
    }

    It 'takes its -<Parameter> record by name or Id (piped, when it is the parent)' -ForEach $Parents {
        $field = $entity.Spec.FieldForParameter($Parameter)
        $parentEntity = Get-TestEntity -Name $field.References
        $parent = & $parentEntity.Get.Name -Id (Get-TestReferenceId -Entity $field.References)
        $parentName = $parentEntity.Spec.NameOf($parent)

        $byId = New-TestRecord -Entity $entity -With @{ $Parameter = $parent.Id }
        $field.GetValue($byId) | Should -Be $parent.Id
        if ($parentName) {
            $byName = New-TestRecord -Entity $entity -With @{ $Parameter = $parentName }
            $field.GetValue($byName) | Should -Be $parent.Id
        }
        # The parent binds from the pipeline; any other reference is a list filter by Id or name.
        $isParent = $field.Flags.HasFlag([NexudusCommunity.Models.Spec.FieldFlags]::Parent)
        $byReference = @{ $Parameter = $(if ($parentName) { $parentName } else { $parent.Id }) }
        $listed = if ($isParent) { @(& $parentEntity.Get.Name -Id $parent.Id | & $get) } else { @(& $get @byReference) }
        $listed.Id | Should -Contain $byId.Id
        $listed | ForEach-Object { $field.GetValue($_) | Should -Be $parent.Id }
    }
}
