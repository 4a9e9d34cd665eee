using System.Management.Automation;
using System.Reflection;
using System.Runtime.Loader;

namespace NexudusCommunity.HelpGenerator;

/// <summary>A finding that fails the build; printed in MSBuild's canonical error format.</summary>
public sealed record Problem(string File, int Line, string Message, string Code = "NXH000")
{
    public override string ToString() => Line > 0 ? $"{File}({Line}): error {Code}: {Message}" : $"{File}: error {Code}: {Message}";
}

/// <summary>A parameter's place in one parameter set.</summary>
public sealed record SetMembership(string SetName, bool Mandatory, int? Position, bool ByValue, bool ByPropertyName);

/// <summary>One parameter as the compiled cmdlet declares it (or as PowerShell adds it, for -WhatIf/-Confirm and paging).</summary>
/// <param name="DeclaredBy">The class that declares the property (a base class for -Id, -Connection...); null when PowerShell adds it.</param>
/// <param name="Clears">What clears the field it sets: "$null or ''" ([AllowNull, AllowEmptyString]), "$null", "''"; null when nothing does.</param>
/// <param name="Completer">The [ArgumentCompleter] type; null when none.</param>
public sealed record ParameterModel(
    string Name,
    Type Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<SetMembership> Sets,
    bool InAllSets,
    string DefaultValue,
    IReadOnlyList<string> ValidValues,
    bool SupportsWildcards,
    bool AddedByPowerShell,
    Type? DeclaredBy = null,
    string? Clears = null,
    Type? Completer = null)
{
    public bool IsSwitch => Type == typeof(SwitchParameter);
    public bool ByValue => Sets.Any(s => s.ByValue);
    public bool ByPropertyName => Sets.Any(s => s.ByPropertyName);
}

/// <param name="BaseNames">The classes the cmdlet derives from, nearest first, generic arity dropped
/// (GetRecordCmdlet, ConnectedCmdlet, PSCmdlet, Cmdlet, ...): the names docs/help/_shared pages are written for.</param>
/// <param name="Entity">The API entity the cmdlet is about (the T of its EntityCmdlet&lt;T&gt; base); null for others.</param>
public sealed record CmdletModel(
    string Name,
    string Verb,
    string Noun,
    Type Type,
    string? DefaultParameterSet,
    IReadOnlyList<string> ParameterSets,
    IReadOnlyList<ParameterModel> Parameters,
    IReadOnlyList<Type> OutputTypes,
    bool SupportsShouldProcess,
    bool SupportsPaging,
    IReadOnlyList<string> BaseNames,
    EntityModel? Entity = null)
{
    /// <summary>The cmdlet that gets records of the same entity (Get-CommunityGroup for Invoke-CommunityGroupCommand); null when none.</summary>
    public string? EntityGetCmdlet { get; init; }

    public ParameterModel? Parameter(string name) =>
        Parameters.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Loads the built module assembly and reads its cmdlets the way PowerShell's binder would.</summary>
public static class CmdletReflector
{
    public const string AllSets = "__AllParameterSets";

    public static Assembly Load(string assemblyPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        // The module's own assemblies sit beside it or in its Dependencies folder (the engine among them);
        // System.Management.Automation (the module compiles against the 5.1 reference assembly) binds to the 7.x
        // engine this tool ships with.
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            foreach (var candidate in new[] { Path.Combine(folder, name.Name + ".dll"), Path.Combine(folder, "Dependencies", name.Name + ".dll") })
                if (File.Exists(candidate)) return context.LoadFromAssemblyPath(candidate);
            return null;
        };
        return AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
    }

    public static IReadOnlyList<CmdletModel> Read(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            throw new InvalidOperationException("Could not load the module's types: " +
                string.Join("; ", ex.LoaderExceptions.Where(e => e != null).Select(e => e!.Message).Distinct()), ex);
        }

        var cmdlets = types
            .Where(t => t.IsPublic && !t.IsAbstract && typeof(Cmdlet).IsAssignableFrom(t))
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<CmdletAttribute>()))
            .Where(x => x.Attribute != null)
            .Select(x => ReadCmdlet(x.Type, x.Attribute!))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var getters = cmdlets.Where(c => c.Entity != null && c.BaseNames.Contains("GetRecordCmdlet")).ToList();
        return cmdlets.Select(c => c with { EntityGetCmdlet = getters.FirstOrDefault(g => g.Entity!.Type == c.Entity?.Type)?.Name }).ToList();
    }

    private static CmdletModel ReadCmdlet(Type type, CmdletAttribute attribute)
    {
        var name = attribute.VerbName + "-" + attribute.NounName;
        object? instance = null;
        try
        {
            instance = Activator.CreateInstance(type); // for the defaults the properties are initialised with
        }
        catch (Exception)
        {
            // no defaults then
        }

        var parameters = new List<ParameterModel>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var declared = property.GetCustomAttributes<ParameterAttribute>(inherit: true).ToList();
            if (declared.Count == 0 || parameters.Any(p => p.Name.Equals(property.Name, StringComparison.OrdinalIgnoreCase))) continue;
            if (declared.All(p => p.DontShow)) continue; // hidden from syntax, completion and help on purpose
            var sets = declared.Select(p => new SetMembership(
                    p.ParameterSetName ?? AllSets,
                    p.Mandatory,
                    p.Position == int.MinValue ? null : p.Position,
                    p.ValueFromPipeline,
                    p.ValueFromPipelineByPropertyName))
                .ToList();
            var aliases = property.GetCustomAttributes<AliasAttribute>(inherit: true).SelectMany(a => a.AliasNames).ToList();
            var validValues = property.GetCustomAttributes<ValidateSetAttribute>(inherit: true).SelectMany(v => v.ValidValues).ToList();
            var elementType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (validValues.Count == 0 && elementType.IsEnum) validValues = Enum.GetNames(elementType).ToList();
            var allowsNull = property.GetCustomAttributes<AllowNullAttribute>(inherit: true).Any();
            var allowsEmpty = property.GetCustomAttributes<AllowEmptyStringAttribute>(inherit: true).Any();
            var clears = allowsNull && allowsEmpty ? "$null or ''" : allowsNull ? "$null" : allowsEmpty ? "''" : null;
            parameters.Add(new ParameterModel(
                property.Name,
                property.PropertyType,
                aliases,
                sets,
                sets.Any(s => s.SetName == AllSets),
                DefaultOf(property, instance),
                validValues,
                property.GetCustomAttributes<SupportsWildcardsAttribute>(inherit: true).Any(),
                AddedByPowerShell: false,
                property.DeclaringType,
                clears,
                property.GetCustomAttribute<ArgumentCompleterAttribute>(inherit: true)?.Type));
        }

        // What PowerShell itself adds to a cmdlet that asks for it: users see and use these like any other.
        static ParameterModel Added(string n, Type t, params string[] aliases) =>
            new(n, t, aliases, [new SetMembership(AllSets, false, null, false, false)], true,
                t == typeof(SwitchParameter) ? "False" : "None", [], false, AddedByPowerShell: true);
        if (attribute.SupportsPaging)
        {
            parameters.Add(Added("First", typeof(ulong)));
            parameters.Add(Added("Skip", typeof(ulong)));
            parameters.Add(Added("IncludeTotalCount", typeof(SwitchParameter)));
        }
        if (attribute.SupportsShouldProcess)
        {
            parameters.Add(Added("WhatIf", typeof(SwitchParameter), "wi"));
            parameters.Add(Added("Confirm", typeof(SwitchParameter), "cf"));
        }

        var setNames = parameters.SelectMany(p => p.Sets).Select(s => s.SetName).Where(s => s != AllSets)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (setNames.Count == 0) setNames.Add(attribute.DefaultParameterSetName ?? AllSets);
        else if (attribute.DefaultParameterSetName != null && setNames.Remove(attribute.DefaultParameterSetName))
            setNames.Insert(0, attribute.DefaultParameterSetName); // the default set's syntax first, as Get-Command does

        var outputs = type.GetCustomAttributes<OutputTypeAttribute>(inherit: true)
            .SelectMany(o => o.Type)
            .Select(t => t.Type)
            .Where(t => t != null && t != typeof(void))
            .Distinct()
            .ToList();

        var bases = new List<string>();
        for (var b = type.BaseType; b != null && b != typeof(object); b = b.BaseType) bases.Add(ClassName(b));

        return new CmdletModel(name, attribute.VerbName, attribute.NounName, type, attribute.DefaultParameterSetName, setNames,
            parameters, outputs!, attribute.SupportsShouldProcess, attribute.SupportsPaging, bases, EntityModel.OfCmdlet(type));
    }

    /// <summary>A class as its source names it, without the generic arity: GetRecordCmdlet`1 is GetRecordCmdlet.</summary>
    public static string ClassName(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] : type.Name;

    /// <summary>
    /// The value a property starts with, when it means something: a zero, false or null that only stands for "not
    /// given" shows as None. Enums always show, since their first member is a real choice.
    /// </summary>
    private static string DefaultOf(PropertyInfo property, object? instance)
    {
        if (property.PropertyType == typeof(SwitchParameter)) return "False";
        if (instance == null || property.GetMethod == null) return "None";
        object? value;
        try
        {
            value = property.GetValue(instance);
        }
        catch (Exception)
        {
            return "None";
        }
        if (value == null) return "None";
        var type = value.GetType();
        if (type.IsEnum) return Enum.IsDefined(type, value) ? value.ToString()! : "None";
        if (type.IsValueType && value.Equals(Activator.CreateInstance(type))) return "None";
        return value switch
        {
            TimeSpan t => t.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "None",
        };
    }

    /// <summary>How PowerShell users write a type: String, Int32[], PSCredential, GroupAccess (nullables unwrapped).</summary>
    public static string ShortName(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsArray) return ShortName(t.GetElementType()!) + "[]";
        if (t.IsGenericType) return t.Name[..t.Name.IndexOf('`')];
        return t.Name;
    }

    /// <summary>The full name of the type a value must have (nullables unwrapped): System.Int32[], NexudusCommunity.Models.GroupAccess.</summary>
    public static string FullName(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsArray) return FullName(t.GetElementType()!) + "[]";
        return t.FullName ?? t.Name;
    }
}
