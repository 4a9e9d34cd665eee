namespace NexudusCommunity.HelpGenerator;

/// <summary>
/// The help of a parameter that sets or filters a field of the cmdlet's entity, written from the model: the field's
/// one description ([Field(Help = ...)]) and what the code says about the parameter, phrased for the verb. Get- (a
/// filter): "The thread's title. Lists only the community threads with Subject like this: ..."; New-: the
/// description and the checks made before sending; Set-: the same, and what clears the field. A page's own
/// '### -Name' section still wins. The parameters this applies to are the ones the cmdlets map to fields themselves
/// (FieldInput): declared on the Get-, New- or Set- cmdlet's own class and named as a field's parameter (or as its
/// add/remove parameter), and Get-'s -&lt;Range&gt;After/-&lt;Range&gt;Before.
/// </summary>
public static class FieldHelp
{
    private enum Role { Filter, Create, Change }

    private enum Use { Set, AddIds, RemoveIds, After, Before }

    /// <summary>The description built for this parameter; null when the parameter acts on no field or the field has no help.</summary>
    public static ParameterDoc? For(CmdletModel cmdlet, ParameterModel parameter)
    {
        if (Find(cmdlet, parameter) is not { } found) return null;
        var (field, use, role) = found;
        var entity = cmdlet.Entity!;
        var sentences = new List<string>();
        if (use is Use.After or Use.Before)
        {
            // Needs no help from the model: the field's name says what is compared.
            sentences.Add($"Lists only the {entity.Plural} with {field.Name} on or {(use == Use.After ? "after" : "before")} this date and time.");
            return Doc(parameter, false, sentences);
        }
        if (string.IsNullOrWhiteSpace(field.Help)) return null;
        sentences.Add(Sentence(field.Help));

        var reference = EntityModel.Of(parameter.Type);
        var isText = Plain(parameter.Type) == typeof(string);
        var wildcards = false;
        switch (role, use)
        {
            case (Role.Filter, _) when isText:
                sentences.Add($"Lists only the {entity.Plural} with {field.Name} like this: the same text in any case, or a wildcard pattern.");
                wildcards = true;
                break;
            case (Role.Filter, _) when field.Kind == "TrueFalse":
                sentences.Add($"$true lists only the {entity.Plural} for which it is true, $false only the others.");
                break;
            case (Role.Filter, _) when field.Kind == "IdList":
                sentences.Add($"Lists only the {entity.Plural} with this one among their {field.Name}.");
                break;
            case (Role.Filter, _) when reference != null:
                sentences.Add($"Lists only the {entity.Plural} of this {reference.Singular}.");
                break;
            case (Role.Filter, _):
                sentences.Add($"Lists only the {entity.Plural} with this {field.Name}.");
                break;
            case (Role.Change, Use.AddIds):
                sentences.Add($"Adds these to {field.Name} and keeps the others.");
                break;
            case (Role.Change, Use.RemoveIds):
                sentences.Add($"Removes these from {field.Name} and keeps the others.");
                break;
            default:
                sentences.AddRange(Checks(field, isText));
                if (role == Role.Create && Defaults(cmdlet, parameter, field) is { } defaults) sentences.Add(defaults);
                if (role == Role.Change && field.Kind == "IdList" && (field.AddParameter ?? field.RemoveParameter) != null)
                {
                    var deltas = new[] { field.AddParameter, field.RemoveParameter }.Where(n => n != null && cmdlet.Parameter(n) != null).Select(n => "-" + n).ToList();
                    sentences.Add("Replaces the whole list (@() empties it)" + (deltas.Count > 0 ? $"; cannot be combined with {string.Join(" or ", deltas)}." : "."));
                }
                break;
        }
        if (reference?.NameField != null)
            sentences.Add($"Takes the {reference.Singular}'s Id, its {EntityModel.Words(reference.NameField)} (exact, any case) or the {reference.Singular} itself.");
        if (role == Role.Change && use == Use.Set && parameter.Clears != null) sentences.Add($"{parameter.Clears} clears it.");
        if (Completes(cmdlet, parameter, field) is { } completes) sentences.Add(completes);
        return Doc(parameter, wildcards, sentences);
    }

    /// <summary>The field a parameter sets or filters, whose help describes it; null when it acts on none.</summary>
    public static FieldModel? FieldOf(CmdletModel cmdlet, ParameterModel parameter) => Find(cmdlet, parameter)?.Field;

    /// <summary>Where a field's one description is written: "help: under Name in Widget's description (Widget.entity)".</summary>
    public static string WhereToWrite(EntityModel entity, FieldModel field) =>
        $"help: under {field.Name} in {entity.Type.Name}'s description ({entity.Type.Name}.entity)";

    /// <summary>Which field the parameter acts on, as the cmdlets' own mapping decides (FieldInput, ListFilters).</summary>
    private static (FieldModel Field, Use Use, Role Role)? Find(CmdletModel cmdlet, ParameterModel parameter)
    {
        Role role;
        if (cmdlet.BaseNames.Contains("GetRecordCmdlet")) role = Role.Filter;
        else if (cmdlet.BaseNames.Contains("NewRecordCmdlet")) role = Role.Create;
        else if (cmdlet.BaseNames.Contains("SetRecordCmdlet")) role = Role.Change;
        else return null;
        if (cmdlet.Entity is not { } entity) return null;
        // Date ranges, the base's (-CreatedAfter, -UpdatedBefore: every record has both) as well as the cmdlet's own.
        if (role == Role.Filter && Plain(parameter.Type) == typeof(DateTime))
        {
            var after = parameter.Name.EndsWith("After", StringComparison.Ordinal);
            var stem = after || parameter.Name.EndsWith("Before", StringComparison.Ordinal) ? parameter.Name[..^(after ? 5 : 6)] : null;
            if (entity.Fields.FirstOrDefault(f => stem != null && f.Range == stem) is { } ranged) return (ranged, after ? Use.After : Use.Before, role);
        }
        // Other base-class parameters (-Id, -SortBy) are never field values: the cmdlets map only their own class's.
        if (parameter.DeclaredBy != cmdlet.Type) return null;

        if (entity.FieldForParameter(parameter.Name) is { } field) return (field, Use.Set, role);
        foreach (var f in entity.Fields)
        {
            if (string.Equals(f.AddParameter, parameter.Name, StringComparison.OrdinalIgnoreCase)) return (f, Use.AddIds, role);
            if (string.Equals(f.RemoveParameter, parameter.Name, StringComparison.OrdinalIgnoreCase)) return (f, Use.RemoveIds, role);
        }
        return null;
    }

    /// <summary>The checks New- and Set- make before sending (FieldChecks), as a reader needs them.</summary>
    private static IEnumerable<string> Checks(FieldModel field, bool isText)
    {
        if (isText && field.IsRequired)
            yield return field.MaxLength > 0
                ? $"Not blank, at most {field.MaxLength} characters; spaces at either end are dropped."
                : "Not blank; spaces at either end are dropped.";
        else if (isText && field.MaxLength > 0)
            yield return $"At most {field.MaxLength} characters.";
        if (field.Kind == "Number" && field.Minimum is { } minimum)
            yield return $"At least {minimum}.";
    }

    /// <summary>
    /// Where New- takes a value nobody gave (NewRecordCmdlet): a required reference from the record named by another
    /// parameter that has the same field (a thread's group gives its business and owner), and a business from the
    /// connection.
    /// </summary>
    private static string? Defaults(CmdletModel cmdlet, ParameterModel parameter, FieldModel field)
    {
        if (parameter.Sets.Count > 0 && parameter.Sets.All(s => s.Mandatory)) return null; // never omitted
        var sources = new List<string>();
        if (field.IsRequired && field.References != null)
            foreach (var other in cmdlet.Parameters.Where(p => p != parameter))
                if (EntityModel.Of(other.Type) is { } owner && owner.Fields.Any(f => f.Name == field.Name))
                    sources.Add($"the {field.Name} of the {owner.Singular} given with -{other.Name}");
        if (field.Name == "BusinessId") sources.Add("the connection's default business (Connect-Nexudus -BusinessId)");
        return sources.Count == 0 ? null : $"When omitted, {string.Join(", else ", sources)}.";
    }

    /// <summary>What Tab offers: the names NameCompleter reads from the server, or the records a reference field names.</summary>
    private static string? Completes(CmdletModel cmdlet, ParameterModel parameter, FieldModel field)
    {
        if (parameter.Completer == null) return null;
        for (var t = parameter.Completer; t != null; t = t.BaseType)
        {
            if (CmdletReflector.ClassName(t) != "NameCompleter") continue;
            var named = t.IsGenericType ? EntityModel.Of(t.GetGenericArguments()[0]) : cmdlet.Entity;
            if (named?.NameField != null) return $"Tab completes {named.Singular} {EntityModel.PluralOf(EntityModel.Words(named.NameField))}.";
        }
        return field.References != null ? $"Tab completes the {EntityModel.PluralOf(EntityModel.Words(field.References))}." : null;
    }

    private static ParameterDoc Doc(ParameterModel parameter, bool wildcards, IEnumerable<string> sentences) =>
        new(0, parameter.Name, wildcards, [string.Join(" ", sentences)]);

    private static string Sentence(string text)
    {
        text = text.Trim();
        return text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('?') ? text : text + ".";
    }

    private static Type Plain(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
