namespace NexudusCommunity.HelpGenerator;

/// <summary>Everything Get-Help shows for one cmdlet, each part from wherever it is written or known.</summary>
/// <param name="Parameters">One description per parameter that has one, in the cmdlet's parameter order.</param>
public sealed record ResolvedHelp(
    CmdletModel Cmdlet,
    HelpMarkdown Page,
    IReadOnlyList<string> Description,
    IReadOnlyList<ParameterDoc> Parameters,
    IReadOnlyList<TypeDoc> Inputs,
    IReadOnlyList<TypeDoc> Outputs,
    IReadOnlyList<LinkDoc> Links);

/// <summary>
/// Gathers a cmdlet's help from its sources, the nearest first: the cmdlet's page (docs/help/&lt;Verb-Noun&gt;.md), the
/// shared pages of its base classes (<see cref="SharedHelp"/>), the model's description of the fields its parameters
/// set or filter (<see cref="FieldHelp"/>), and what the code declares (pipeline input, [OutputType], the cmdlets of
/// the same noun). The synopsis and the examples are only ever the page's.
/// </summary>
public sealed class HelpResolver(IReadOnlyList<CmdletModel> cmdlets, SharedHelp shared, string? aboutTopic)
{
    private const string PSObjectName = "System.Management.Automation.PSObject";

    /// <summary>A parameter's help when its page does not describe it: the nearest shared page's, else the model's field help.</summary>
    public ParameterDoc? Inherited(CmdletModel cmdlet, ParameterModel parameter) =>
        shared.Find(cmdlet, parameter.Name)?.Doc ?? FieldHelp.For(cmdlet, parameter);

    public ResolvedHelp Resolve(CmdletModel cmdlet, HelpMarkdown page)
    {
        var parameters = cmdlet.Parameters
            .Select(p => page.Parameters.FirstOrDefault(d => d.Name.Equals(p.Name, StringComparison.OrdinalIgnoreCase)) ?? Inherited(cmdlet, p))
            .OfType<ParameterDoc>()
            .ToList();
        // What every cmdlet of the kind does, then what is particular to this one.
        var description = (shared.Description(cmdlet)?.Paragraphs ?? []).Concat(page.Description).ToList();
        var inputs = Merge(cmdlet, page.Inputs, shared.Types(cmdlet, "Inputs"), DeclaredInputs(cmdlet));
        var outputs = Merge(cmdlet, page.Outputs, shared.Types(cmdlet, "Outputs"), DeclaredOutputs(cmdlet));
        var links = page.Sections.ContainsKey("Related Links") ? page.Links : SameNoun(cmdlet);
        return new ResolvedHelp(cmdlet, page, description, parameters, inputs, outputs, links);
    }

    /// <summary>
    /// The page's types, then the shared page's it does not describe, then those the code declares that neither does,
    /// with a sentence written from the code.
    /// </summary>
    private static List<TypeDoc> Merge(CmdletModel cmdlet, IEnumerable<TypeDoc> own, IEnumerable<TypeDoc> fromShared, IEnumerable<TypeDoc> declared)
    {
        var result = own.ToList();
        foreach (var t in fromShared.Concat(declared))
            if (!result.Any(r => TypeNames.Same(cmdlet, r.TypeName, t.TypeName)))
                result.Add(t);
        return result;
    }

    /// <summary>What the pipeline binds, by the code: each ValueFromPipeline parameter's type, and any object for those bound by property name.</summary>
    public static IReadOnlyList<TypeDoc> DeclaredInputs(CmdletModel cmdlet)
    {
        var byValue = cmdlet.Parameters.Where(p => p.ByValue).ToList();
        var byName = cmdlet.Parameters.Where(p => p.ByPropertyName).ToList();
        if (byValue.Count == 0 && byName.Count == 0) return [Derived("None", $"{cmdlet.Name} takes no pipeline input.")];

        var result = new List<TypeDoc>();
        foreach (var group in byValue.GroupBy(p => CmdletReflector.FullName(p.Type)))
        {
            var sentence = $"Bound to {Names(group)}.";
            if (group.Key == PSObjectName && byName.Count > 0) sentence += " Its properties named like the other parameters bind to them.";
            result.Add(Derived(group.Key, sentence));
        }
        if (byName.Count > 0 && result.All(t => t.TypeName != PSObjectName))
            result.Add(Derived(PSObjectName, byName.Count <= 3
                ? $"Any object with a property named like {Names(byName, withAliases: true)}, bound to it by property name (a row of Import-Csv, for example)."
                : "Any object whose properties are named like the parameters, bound to them by property name (a row of Import-Csv, for example)."));
        return result;
    }

    /// <summary>What the code says the cmdlet writes ([OutputType]); None when it declares nothing.</summary>
    public static IReadOnlyList<TypeDoc> DeclaredOutputs(CmdletModel cmdlet) =>
        cmdlet.OutputTypes.Count == 0
            ? [Derived("None", $"{cmdlet.Name} returns nothing.")]
            : cmdlet.OutputTypes.Select(t => Derived(t.FullName!, $"{cmdlet.Name} writes objects of this type.")).ToList();

    /// <summary>
    /// The other cmdlets of the same noun (Get- first, as Get-Command orders verbs it knows), then the Get- of the
    /// entity when the noun is another (Get-CommunityGroup for Get-CommunityGroupCommand), then the about topic.
    /// </summary>
    private IReadOnlyList<LinkDoc> SameNoun(CmdletModel cmdlet)
    {
        string[] verbs = ["Get", "New", "Set", "Remove"];
        var links = cmdlets.Where(c => c.Noun == cmdlet.Noun && c.Name != cmdlet.Name)
            .OrderBy(c => Array.IndexOf(verbs, c.Verb) is var i && i >= 0 ? i : verbs.Length)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new LinkDoc(0, c.Name, null))
            .ToList();
        if (cmdlet.EntityGetCmdlet is { } getter && getter != cmdlet.Name && links.All(l => l.Text != getter)) links.Add(new LinkDoc(0, getter, null));
        if (aboutTopic != null) links.Add(new LinkDoc(0, aboutTopic, null));
        return links;
    }

    private static TypeDoc Derived(string typeName, string sentence) => new(0, typeName, [sentence]);

    private static string Names(IEnumerable<ParameterModel> parameters, bool withAliases = false)
    {
        var names = parameters.Select(p => "-" + p.Name + (withAliases && p.Aliases.Count > 0 ? $" ({string.Join(", ", p.Aliases)})" : "")).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
    }
}

/// <summary>Type names as help pages write them: full (System.Int32[]) or short (Int32[]), matched against the code's types.</summary>
public static class TypeNames
{
    /// <summary>The type a name stands for, among the cmdlet's own (parameters, outputs, entity) and the loaded assemblies; null when none.</summary>
    public static Type? Resolve(CmdletModel cmdlet, string name)
    {
        var known = cmdlet.Parameters.Select(p => Nullable.GetUnderlyingType(p.Type) ?? p.Type)
            .Concat(cmdlet.OutputTypes)
            .Concat(cmdlet.Entity != null ? [cmdlet.Entity.Type] : []);
        foreach (var type in known)
            if (Names(type, name)) return type;
        var elementName = name.EndsWith("[]", StringComparison.Ordinal) ? name[..^2] : null;
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            var type = assembly.GetType(elementName ?? name, throwOnError: false, ignoreCase: true);
            if (type != null) return elementName == null ? type : type.MakeArrayType();
        }
        return null;
    }

    public static bool Names(Type type, string name) =>
        name.Equals(CmdletReflector.FullName(type), StringComparison.OrdinalIgnoreCase) ||
        name.Equals(CmdletReflector.ShortName(type), StringComparison.OrdinalIgnoreCase);

    /// <summary>Two names of the same type (or the same words).</summary>
    public static bool Same(CmdletModel cmdlet, string a, string b)
    {
        if (a.Equals(b, StringComparison.OrdinalIgnoreCase)) return true;
        var type = Resolve(cmdlet, a);
        return type != null && Names(type, b);
    }
}
