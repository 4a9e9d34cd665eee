<#
.SYNOPSIS
    What the shared behaviour suite knows of each entity, read from its description (the model's [Entity] and
    [Field] attributes) and from the module's cmdlets: never from a list kept by hand, so an entity added later is
    tested by being described.
#>
Set-StrictMode -Version 2.0

$script:ModelAssembly = [NexudusCommunity.Models.NexudusRecord].Assembly
$script:EntityAttribute = [NexudusCommunity.Models.Spec.EntityAttribute]
$script:Counter = 0

function Get-TestEntity {
    <#
    .SYNOPSIS
        One object per described entity: its spec, model type and the module's Get-/New-/Set-/Remove- cmdlets for it.
    #>
    [CmdletBinding()]
    param([string] $Name)
    $commands = @(Get-Command -Module NexudusCommunity -CommandType Cmdlet)
    foreach ($type in $script:ModelAssembly.GetExportedTypes()) {
        $entity = $type.GetCustomAttributes($script:EntityAttribute, $false) | Select-Object -First 1
        if ($null -eq $entity -or ($Name -and $entity.Name -ne $Name)) { continue }
        $spec = [NexudusCommunity.Models.Spec.EntitySpec]::Of($type)
        $nouns = @($(if ($entity.PSObject.Properties['Noun'] -and $entity.Noun) { $entity.Noun }), $entity.Name, "Nexudus$($entity.Name)") | Where-Object { $_ }
        $noun = $nouns | Where-Object { $n = $_; $commands | Where-Object { $_.Verb -eq 'Get' -and $_.Noun -eq $n } } | Select-Object -First 1
        if (-not $noun) { throw "No Get- cmdlet for the entity $($entity.Name) (tried the nouns $($nouns -join ', '))." }
        $verb = @{}
        foreach ($v in 'Get', 'New', 'Set', 'Remove') {
            $verb[$v] = $commands | Where-Object { $_.Verb -eq $v -and $_.Noun -eq $noun } | Select-Object -First 1
        }
        [pscustomobject]@{
            PSTypeName = 'NexudusCommunity.TestEntity'
            Name       = $entity.Name
            Noun       = $noun
            Type       = $type
            Spec       = $spec
            NameField  = if ($spec.NameField) { $spec.NameField.Name }
            Get        = $verb.Get
            New        = $verb.New
            Set        = $verb.Set
            Remove     = $verb.Remove
        }
    }
}

function Get-TestReferenceId {
    <#
    .SYNOPSIS
        The Id of a record of the referenced entity: the first one listed, or one created for the purpose.
    #>
    param([Parameter(Mandatory)] [string] $Entity, [int] $Depth = 0)
    if ($Depth -gt 4) { throw "References nest too deep at $Entity." }
    $target = Get-TestEntity -Name $Entity
    if (-not $target -and $Entity -eq 'User') { $target = Get-TestEntity -Name 'Coworker' } # before users had a cmdlet
    if (-not $target) { throw "Nothing describes the referenced entity $Entity." }
    $first = & $target.Get.Name -First 1
    if ($first) { return $first.Id }
    if (-not $target.New) { throw "No $Entity to refer to, and no New- cmdlet to make one." }
    (New-TestRecord -Entity $target -Depth ($Depth + 1)).Id
}

function New-TestFieldValue {
    <#
    .SYNOPSIS
        A valid value for a field, by its kind: text unique to this run (holding [ ] as real names do), the Id of an
        existing record for a reference, a date in the future, one of an enum's values... $Owner names what asks
        (an entity, a cmdlet's parameter) in the text made and in the error for a kind it cannot make.
    #>
    param([Parameter(Mandatory)] $Field, [Parameter(Mandatory)] [string] $Owner, [int] $Depth = 0)
    $n = ++$script:Counter
    switch ($Field.Kind.ToString()) {
        'Text' {
            $text = "$Owner $($Field.Name) [$n]"
            if ($Field.MaxLength -gt 0 -and $text.Length -gt $Field.MaxLength) { $text = "$n".PadLeft([Math]::Min(3, $Field.MaxLength), 'x') }
            return $text
        }
        'Number' {
            if ($Field.References) { return Get-TestReferenceId -Entity $Field.References -Depth $Depth }
            $least = if ($null -ne $Field.Minimum) { [Math]::Max($Field.Minimum, 1) } else { 1 }
            return $least + ($n % 5)
        }
        'IdList' {
            if ($Field.References) { return , @(Get-TestReferenceId -Entity $Field.References -Depth $Depth) }
            return , @()
        }
        'Decimal' { return [decimal] 12.5 + $n }
        'TrueFalse' { return $true }
        'Date' { return [datetime]::UtcNow.Date.AddDays(7 + $n).AddHours(18) }
        'Guid' { return [guid]::NewGuid() }
        'Address' { return "https://example.com/$n" }
        'Choice' {
            $values = [enum]::GetValues($Field.EnumType)
            return $values[$n % $values.Count]
        }
        default { throw "No test value for $Owner (field $($Field.Name), kind $($Field.Kind))." }
    }
}

function Get-TestMandatoryParameter {
    <#
    .SYNOPSIS
        The parameters a cmdlet cannot run without in its default parameter set, each with the field it sets.
    #>
    param([Parameter(Mandatory)] $Command, [Parameter(Mandatory)] $Entity)
    $set = $Command.ParameterSets | Where-Object IsDefault | Select-Object -First 1
    if (-not $set) { $set = $Command.ParameterSets | Select-Object -First 1 }
    foreach ($parameter in $set.Parameters | Where-Object IsMandatory) {
        [pscustomobject]@{ Name = $parameter.Name; Field = $Entity.Spec.FieldForParameter($parameter.Name) }
    }
}

function New-TestRecordArguments {
    <#
    .SYNOPSIS
        The arguments of a New- call that gives exactly the required fields, as a user with only those would.
    #>
    param([Parameter(Mandatory)] $Entity, [int] $Depth = 0, [switch] $Full)
    $arguments = @{}
    foreach ($parameter in Get-TestMandatoryParameter -Command $Entity.New -Entity $Entity) {
        if (-not $parameter.Field) { throw "New-$($Entity.Noun) -$($parameter.Name) is mandatory and sets no described field." }
        $arguments[$parameter.Name] = New-TestFieldValue -Field $parameter.Field -Owner $Entity.Name -Depth $Depth
    }
    if ($Full) {
        # Every other field New- sets, so that each filter has values to find.
        foreach ($parameter in $Entity.New.Parameters.Values) {
            $field = $Entity.Spec.FieldForParameter($parameter.Name)
            if ($arguments.ContainsKey($parameter.Name) -or -not $field -or -not $field.IsWritable -or $field.IsWriteOnly -or $field.Kind.ToString() -eq 'ObjectList') { continue }
            $arguments[$parameter.Name] = New-TestFieldValue -Field $field -Owner $Entity.Name -Depth $Depth
        }
    }
    $arguments
}

function New-TestRecord {
    <#
    .SYNOPSIS
        Creates a record of the entity from its required fields alone, through its New- cmdlet.
    #>
    param([Parameter(Mandatory)] $Entity, [hashtable] $With = @{}, [int] $Depth = 0, [switch] $Full)
    $arguments = New-TestRecordArguments -Entity $Entity -Depth $Depth -Full:$Full
    foreach ($key in $With.Keys) { $arguments[$key] = $With[$key] }
    $arguments['Confirm'] = $false
    $arguments['ErrorAction'] = 'Stop'
    & $Entity.New.Name @arguments
}

function Get-TestFilterParameter {
    <#
    .SYNOPSIS
        The Get- cmdlet's list parameters that filter a described field, each with its field.
    #>
    param([Parameter(Mandatory)] $Entity)
    $set = $Entity.Get.ParameterSets | Where-Object Name -eq 'List'
    foreach ($parameter in $set.Parameters) {
        $field = $Entity.Spec.FieldForParameter($parameter.Name)
        if (-not $field -or $field.Name -eq 'Id') { continue }
        [pscustomobject]@{ Name = $parameter.Name; Field = $field; Type = $parameter.ParameterType }
    }
}

function Get-TestTextParameter {
    <#
    .SYNOPSIS
        A parameter of the cmdlet that sets a writable text field: what an update test can change safely.
    #>
    param([Parameter(Mandatory)] $Command, [Parameter(Mandatory)] $Entity)
    $Command.Parameters.Values | Where-Object {
        $field = $Entity.Spec.FieldForParameter($_.Name)
        $field -and $field.IsWritable -and $field.Kind.ToString() -eq 'Text' -and $_.ParameterType -eq [string]
    } | Select-Object -First 1
}

function Get-TestRawRecord {
    <#
    .SYNOPSIS
        The record as the server holds it (every field, unknown ones too), by Invoke-NexudusRestMethod.
    #>
    param([Parameter(Mandatory)] $Entity, [Parameter(Mandatory)] $Id)
    Invoke-NexudusRestMethod -Path "$($Entity.Spec.Path)/$Id" -ErrorAction Stop
}

Export-ModuleMember -Function Get-TestEntity, Get-TestReferenceId, New-TestFieldValue, Get-TestMandatoryParameter, New-TestRecordArguments, New-TestRecord, Get-TestFilterParameter, Get-TestTextParameter, Get-TestRawRecord
