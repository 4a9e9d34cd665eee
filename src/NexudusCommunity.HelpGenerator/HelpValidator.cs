using System.Management.Automation.Language;
using System.Text.RegularExpressions;

namespace NexudusCommunity.HelpGenerator;

/// <summary>
/// Everything that makes help drift from code fails here: a cmdlet without a file, a parameter without a
/// description from any source, a description of a parameter that is gone, too few examples, an example that does
/// not parse or uses a parameter the cmdlet does not have, inputs or outputs the code does not declare. A parameter
/// may be described on the cmdlet's own page, once for many cmdlets on a shared page (<see cref="SharedHelp"/>), or
/// by the model's help for the field it sets or filters (<see cref="FieldHelp"/>); see <see cref="HelpResolver"/>.
/// </summary>
public sealed class HelpValidator(IReadOnlyList<CmdletModel> cmdlets, IReadOnlyCollection<string> aboutTopics, SharedHelp shared)
{
    public const int MinimumExamples = 2;

    /// <summary>
    /// PowerShell's own common parameters and their aliases (name or alias to name): never documented per cmdlet,
    /// always allowed in examples. Read from the PowerShell the module is built against, so a new one is never missed.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> CommonParameters = typeof(System.Management.Automation.Internal.CommonParameters)
        .GetProperties()
        .SelectMany(p => p.GetCustomAttributes(typeof(System.Management.Automation.AliasAttribute), false)
            .Cast<System.Management.Automation.AliasAttribute>().SelectMany(a => a.AliasNames).Prepend(p.Name).Select(name => (name, p.Name)))
        .ToDictionary(n => n.name, n => n.Name, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, CmdletModel> _byName = cmdlets.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _nouns = new(cmdlets.Select(c => c.Noun), StringComparer.OrdinalIgnoreCase);
    private readonly HelpResolver _resolver = new(cmdlets, shared, aboutTopics.FirstOrDefault());

    public List<Problem> Problems { get; } = [];

    /// <summary>Checks one cmdlet's page and returns the help it makes (what the MAML is written from).</summary>
    public ResolvedHelp Validate(CmdletModel cmdlet, HelpMarkdown doc)
    {
        Problems.AddRange(doc.Problems);
        var file = doc.Path;
        var help = _resolver.Resolve(cmdlet, doc);

        if (doc.Title != cmdlet.Name)
            Problems.Add(new(file, doc.TitleLine, $"the title must be '# {cmdlet.Name}' (found '# {doc.Title}')."));
        if (string.IsNullOrWhiteSpace(doc.Synopsis))
            Problems.Add(new(file, doc.SynopsisLine, $"{cmdlet.Name} has no synopsis: add '## Synopsis' and one sentence under it.", "NXH005"));
        CheckDescription(cmdlet, doc, help);
        CheckParameters(cmdlet, doc);
        CheckExamples(cmdlet, doc);
        CheckTypes(cmdlet, doc, help);
        CheckLinks(doc);
        return help;
    }

    private void CheckDescription(CmdletModel cmdlet, HelpMarkdown doc, ResolvedHelp help)
    {
        if (help.Description.Count == 0)
            Problems.Add(new(doc.Path, doc.DescriptionLine > 0 ? doc.DescriptionLine : doc.TitleLine,
                $"{cmdlet.Name} has no description: add '## Description' and text under it (none of its base classes has a shared one).", "NXH005"));
        if (shared.Description(cmdlet) is { } common)
            foreach (var paragraph in doc.Description.Where(p => common.Paragraphs.Any(c => Same(c, p))))
                Problems.Add(new(doc.Path, doc.DescriptionLine,
                    $"the description repeats, word for word, a paragraph {SharedHelp.FolderName}/{Path.GetFileName(common.Page.Path)} puts before it: '{Start(paragraph)}'. Delete it here.", "NXH013"));
    }

    private void CheckParameters(CmdletModel cmdlet, HelpMarkdown doc)
    {
        var described = new Dictionary<string, ParameterDoc>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in doc.Parameters)
        {
            if (!described.TryAdd(p.Name, p))
                Problems.Add(new(doc.Path, p.Line, $"parameter -{p.Name} is described twice."));
        }
        if (cmdlet.Parameters.Any(p => _resolver.Inherited(cmdlet, p) == null) && !doc.Sections.ContainsKey("Parameters"))
            Problems.Add(new(doc.Path, doc.TitleLine, $"{cmdlet.Name} has parameters that no shared page or model field describes, but no '## Parameters' section.", "NXH002"));

        foreach (var parameter in cmdlet.Parameters)
        {
            var inherited = _resolver.Inherited(cmdlet, parameter);
            if (!described.TryGetValue(parameter.Name, out var d))
            {
                if (inherited == null)
                    Problems.Add(new(doc.Path, doc.Sections.GetValueOrDefault("Parameters", doc.TitleLine), Undescribed(cmdlet, parameter), "NXH002"));
            }
            else if (d.Paragraphs.Count == 0)
                Problems.Add(new(doc.Path, d.Line, $"parameter -{parameter.Name} of {cmdlet.Name} has an empty description.", "NXH002"));
            else if (inherited != null && Same(string.Join(" ", inherited.Paragraphs), string.Join(" ", d.Paragraphs)))
                Problems.Add(new(doc.Path, d.Line,
                    $"-{parameter.Name} repeats, word for word, the description {SourceOf(cmdlet, parameter, inherited)} gives it: delete it here (a page describes such a parameter only to say something else).",
                    "NXH013"));
            else if (d.Name != parameter.Name)
                Problems.Add(new(doc.Path, d.Line, $"write the parameter as the code spells it: -{parameter.Name} (found -{d.Name})."));
        }

        foreach (var d in doc.Parameters.Where(d => cmdlet.Parameters.All(p => !p.Name.Equals(d.Name, StringComparison.OrdinalIgnoreCase))))
            Problems.Add(new(doc.Path, d.Line,
                $"describes -{d.Name}, which {cmdlet.Name} does not have (any more): remove the section or fix the name. Its parameters are: {string.Join(", ", cmdlet.Parameters.Select(p => "-" + p.Name))}.",
                "NXH003"));
    }

    /// <summary>Every place the help of a parameter could be written, so the author can pick the right one.</summary>
    private static string Undescribed(CmdletModel cmdlet, ParameterModel parameter)
    {
        var message = $"parameter -{parameter.Name} of {cmdlet.Name} has no description: add '### -{parameter.Name}' under '## Parameters'" +
                      $" (or, for every cmdlet deriving from one of {string.Join(", ", cmdlet.BaseNames)}, to {SharedHelp.FolderName}/<Class>.md)";
        if (FieldHelp.FieldOf(cmdlet, parameter) is { } field)
            message += $", or give the field it acts on a description once, for every cmdlet: {FieldHelp.WhereToWrite(cmdlet.Entity!, field)}";
        return message + "." + (parameter.AddedByPowerShell ? " PowerShell adds it because the cmdlet supports " + (parameter.Name is "WhatIf" or "Confirm" ? "ShouldProcess." : "paging.") : "");
    }

    private string SourceOf(CmdletModel cmdlet, ParameterModel parameter, ParameterDoc inherited) =>
        shared.Find(cmdlet, parameter.Name) is { } found
            ? $"{SharedHelp.FolderName}/{Path.GetFileName(found.Page.Path)}"
            : $"the entity's description (help: of {cmdlet.Entity?.Type.Name}.{FieldHelp.FieldOf(cmdlet, parameter)?.Name})";

    /// <summary>Texts equal but for line breaks and spacing (how markdown paragraphs are joined).</summary>
    private static bool Same(string a, string b) =>
        string.Join(" ", a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) == string.Join(" ", b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Start(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private void CheckExamples(CmdletModel cmdlet, HelpMarkdown doc)
    {
        if (doc.Examples.Count < doc.MinimumExamples)
            Problems.Add(new(doc.Path, doc.Sections.GetValueOrDefault("Examples", doc.TitleLine),
                $"{cmdlet.Name} has {doc.Examples.Count} example(s); at least {doc.MinimumExamples} are required.", "NXH004"));

        foreach (var example in doc.Examples)
        {
            if (example.Code.Trim().Length == 0)
                Problems.Add(new(doc.Path, example.Line, $"example '{example.Title}' has no code.", "NXH006"));
            if (example.Remarks.Count == 0)
                Problems.Add(new(doc.Path, example.Line, $"example '{example.Title}' has no remarks: say what it does after the code fence.", "NXH006"));
            if (!example.Code.Contains(cmdlet.Name, StringComparison.OrdinalIgnoreCase))
                Problems.Add(new(doc.Path, example.Line, $"example '{example.Title}' does not use {cmdlet.Name}.", "NXH006"));
            CheckScript(doc.Path, example.Line, $"example '{example.Title}'", example.Code);
        }
    }

    /// <summary>The script must parse, and each use of this module's cmdlets must name a real cmdlet and real parameters.</summary>
    public void CheckScript(string file, int line, string what, string script)
    {
        if (HelpMarkdown.Placeholder.IsMatch(script)) return; // unfinished, and reported as such (NXH014)
        var ast = Parser.ParseInput(script, out _, out var errors);
        foreach (var error in errors)
            Problems.Add(new(file, line, $"{what} does not parse: line {error.Extent.StartLineNumber}: {error.Message}", "NXH007"));
        if (errors.Length > 0) return;

        foreach (var command in ast.FindAll(a => a is CommandAst, searchNestedScriptBlocks: true).Cast<CommandAst>())
        {
            var name = command.GetCommandName();
            if (name == null) continue;
            if (!_byName.TryGetValue(name, out var cmdlet))
            {
                if (LooksLikeOurs(name))
                    Problems.Add(new(file, line, $"{what} calls {name}, which this module does not have.", "NXH008"));
                continue;
            }
            foreach (var parameter in command.CommandElements.OfType<CommandParameterAst>())
            {
                var problem = ResolveParameter(cmdlet, parameter.ParameterName);
                if (problem != null) Problems.Add(new(file, line, $"{what}: {problem}", "NXH008"));
            }
        }
    }

    /// <summary>Mentions of Verb-Noun commands in free text (the about topic) must name real cmdlets.</summary>
    public void CheckMentions(string file, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            foreach (Match m in Regex.Matches(lines[i], @"\b[A-Z][a-z]+-[A-Z][A-Za-z]+\b"))
                if (!_byName.ContainsKey(m.Value) && LooksLikeOurs(m.Value))
                    Problems.Add(new(file, i + 1, $"mentions {m.Value}, which this module does not have.", "NXH008"));
    }

    private bool LooksLikeOurs(string name)
    {
        var dash = name.IndexOf('-');
        if (dash <= 0) return false;
        var noun = name[(dash + 1)..];
        return _nouns.Contains(noun) || noun.StartsWith("Nexudus", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Null when PowerShell would bind the name (exact, alias or unambiguous prefix), else why not.</summary>
    private static string? ResolveParameter(CmdletModel cmdlet, string given)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in cmdlet.Parameters)
        {
            names[p.Name] = p.Name;
            foreach (var alias in p.Aliases) names[alias] = p.Name;
        }
        foreach (var (alias, target) in CommonParameters) names.TryAdd(alias, target);
        if (names.ContainsKey(given)) return null;
        var matches = names.Where(n => n.Key.StartsWith(given, StringComparison.OrdinalIgnoreCase)).Select(n => n.Value).Distinct().ToList();
        if (matches.Count == 1) return null;
        return matches.Count == 0
            ? $"{cmdlet.Name} has no parameter -{given}."
            : $"-{given} is ambiguous for {cmdlet.Name} ({string.Join(", ", matches.Select(m => "-" + m))}).";
    }

    /// <summary>
    /// Inputs and outputs, as Get-Help will show them (the page's, the shared page's, the code's): each described,
    /// '### None' alone and only when true, and no type the code does not declare: an input no pipeline parameter
    /// takes, an output no [OutputType] names.
    /// </summary>
    private void CheckTypes(CmdletModel cmdlet, HelpMarkdown doc, ResolvedHelp help)
    {
        static bool IsNone(TypeDoc t) => t.TypeName.Equals("None", StringComparison.OrdinalIgnoreCase);
        (string, int) Where(TypeDoc t, string section) => (t.File ?? doc.Path, t.File != null ? t.Line : doc.Sections.GetValueOrDefault(section, doc.TitleLine));

        foreach (var (section, list) in new[] { ("Inputs", help.Inputs), ("Outputs", help.Outputs) })
        {
            foreach (var t in list.Where(t => !IsNone(t) && t.Paragraphs.Count == 0))
            {
                var (file, line) = Where(t, section);
                Problems.Add(new(file, line, $"{section} type {t.TypeName} has no description.", "NXH009"));
            }
            if (list.Count > 1 && list.FirstOrDefault(IsNone) is { } none)
            {
                var (file, line) = Where(none, section);
                Problems.Add(new(file, line, $"'### None' cannot stand beside other {section.ToLowerInvariant()} of {cmdlet.Name} ({string.Join(", ", list.Where(t => !IsNone(t)).Select(t => t.TypeName))}).", "NXH009"));
            }
        }

        // A page's type section that says what the shared page or the code says already is a copy to keep in step.
        foreach (var (section, own, inherited) in new[]
                 {
                     ("Inputs", doc.Inputs, shared.Types(cmdlet, "Inputs").Concat(HelpResolver.DeclaredInputs(cmdlet))),
                     ("Outputs", doc.Outputs, shared.Types(cmdlet, "Outputs").Concat(HelpResolver.DeclaredOutputs(cmdlet))),
                 })
            foreach (var t in own)
                if (inherited.FirstOrDefault(i => TypeNames.Same(cmdlet, t.TypeName, i.TypeName)) is { } same &&
                    Same(string.Join(" ", t.Paragraphs), string.Join(" ", same.Paragraphs)))
                    Problems.Add(new(doc.Path, t.Line,
                        $"{section} type {t.TypeName} repeats, word for word, what {(same.File != null ? $"{SharedHelp.FolderName}/{Path.GetFileName(same.File)}" : "the code")} says of it: delete it here.", "NXH013"));

        var byValue = cmdlet.Parameters.Where(p => p.ByValue).ToList();
        var pipeline = cmdlet.Parameters.Where(p => p.ByValue || p.ByPropertyName).ToList();
        foreach (var t in help.Inputs.Where(t => !IsNone(t)))
        {
            var (file, line) = Where(t, "Inputs");
            if (pipeline.Count == 0)
                Problems.Add(new(file, line, $"{cmdlet.Name} takes no pipeline input: its Inputs must be '### None' (found {t.TypeName}).", "NXH009"));
            else if (!Takes(cmdlet, byValue, pipeline.Any(p => p.ByPropertyName), t.TypeName))
                Problems.Add(new(file, line,
                    $"{cmdlet.Name} takes no {t.TypeName} from the pipeline: its pipeline parameters are {string.Join(", ", pipeline.Select(p => $"-{p.Name} <{CmdletReflector.ShortName(p.Type)}>{(p.ByValue ? "" : " by property name")}"))}.", "NXH009"));
        }
        foreach (var t in help.Outputs.Where(t => !IsNone(t) && !cmdlet.OutputTypes.Any(type => TypeNames.Names(type, t.TypeName))))
        {
            var (file, line) = Where(t, "Outputs");
            Problems.Add(new(file, line, cmdlet.OutputTypes.Count == 0
                ? $"{cmdlet.Name} declares no [OutputType]: its Outputs must be '### None' (found {t.TypeName})."
                : $"{cmdlet.Name} declares no [OutputType({t.TypeName})]: it writes {string.Join(", ", cmdlet.OutputTypes.Select(o => o.FullName))}.", "NXH009"));
        }
    }

    /// <summary>
    /// Whether a type piped in binds: a ValueFromPipeline parameter of that type, of a type it converts to (an array of
    /// it, a model built from it), or of PSObject/Object, which takes anything; and PSObject for parameters bound by
    /// property name.
    /// </summary>
    private static bool Takes(CmdletModel cmdlet, IReadOnlyList<ParameterModel> byValue, bool byPropertyName, string typeName)
    {
        if (byPropertyName && TypeNames.Names(typeof(System.Management.Automation.PSObject), typeName)) return true;
        if (byValue.Any(p => TypeNames.Names(p.Type, typeName))) return true;
        if (TypeNames.Resolve(cmdlet, typeName) is not { } type) return false;
        foreach (var p in byValue.Select(p => Nullable.GetUnderlyingType(p.Type) ?? p.Type))
        {
            var target = p.IsArray ? p.GetElementType()! : p;
            if (target == typeof(object) || target == typeof(System.Management.Automation.PSObject)) return true;
            if (target.IsAssignableFrom(type) || target.IsAssignableFrom(type.IsArray ? type.GetElementType() : type)) return true;
            if (target.GetConstructor([type]) != null) return true;
        }
        return false;
    }

    private void CheckLinks(HelpMarkdown doc)
    {
        foreach (var link in doc.Links.Where(l => string.IsNullOrEmpty(l.Uri)))
            if (!_byName.ContainsKey(link.Text) && !aboutTopics.Contains(link.Text, StringComparer.OrdinalIgnoreCase))
                Problems.Add(new(doc.Path, link.Line,
                    $"related link '{link.Text}' is neither a cmdlet of this module nor an about topic in docs/help: give it an address, '- [{link.Text}](https://...)'.", "NXH008"));
    }
}
