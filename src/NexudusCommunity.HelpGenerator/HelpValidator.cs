using System.Management.Automation.Language;
using System.Text.RegularExpressions;

namespace NexudusCommunity.HelpGenerator;

/// <summary>
/// Everything that makes help drift from code fails here: a cmdlet without a file, a parameter without a
/// description, a description of a parameter that is gone, too few examples, an example that does not parse or
/// uses a parameter the cmdlet does not have, outputs the code declares but the help does not. A parameter may be
/// described on the cmdlet's own page or, once for many cmdlets, on a shared page (<see cref="SharedHelp"/>).
/// </summary>
public sealed class HelpValidator(IReadOnlyList<CmdletModel> cmdlets, IReadOnlyCollection<string> aboutTopics, SharedHelp shared)
{
    public const int MinimumExamples = 2;

    /// <summary>PowerShell's own common parameters and their aliases: never documented per cmdlet, always allowed in examples.</summary>
    public static readonly IReadOnlyDictionary<string, string> CommonParameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Verbose"] = "Verbose", ["vb"] = "Verbose",
        ["Debug"] = "Debug", ["db"] = "Debug",
        ["ErrorAction"] = "ErrorAction", ["ea"] = "ErrorAction",
        ["WarningAction"] = "WarningAction", ["wa"] = "WarningAction",
        ["InformationAction"] = "InformationAction", ["infa"] = "InformationAction",
        ["ProgressAction"] = "ProgressAction", ["proga"] = "ProgressAction",
        ["ErrorVariable"] = "ErrorVariable", ["ev"] = "ErrorVariable",
        ["WarningVariable"] = "WarningVariable", ["wv"] = "WarningVariable",
        ["InformationVariable"] = "InformationVariable", ["iv"] = "InformationVariable",
        ["OutVariable"] = "OutVariable", ["ov"] = "OutVariable",
        ["OutBuffer"] = "OutBuffer", ["ob"] = "OutBuffer",
        ["PipelineVariable"] = "PipelineVariable", ["pv"] = "PipelineVariable",
    };

    private readonly Dictionary<string, CmdletModel> _byName = cmdlets.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _nouns = new(cmdlets.Select(c => c.Noun), StringComparer.OrdinalIgnoreCase);

    public List<Problem> Problems { get; } = [];

    public void Validate(CmdletModel cmdlet, HelpMarkdown doc)
    {
        Problems.AddRange(doc.Problems);
        var file = doc.Path;

        if (doc.Title != cmdlet.Name)
            Problems.Add(new(file, doc.TitleLine, $"the title must be '# {cmdlet.Name}' (found '# {doc.Title}')."));
        if (string.IsNullOrWhiteSpace(doc.Synopsis))
            Problems.Add(new(file, doc.SynopsisLine, $"{cmdlet.Name} has no synopsis: add '## Synopsis' and one sentence under it.", "NXH005"));
        if (doc.Description.Count == 0)
            Problems.Add(new(file, doc.DescriptionLine, $"{cmdlet.Name} has no description: add '## Description' and text under it.", "NXH005"));

        CheckParameters(cmdlet, doc);
        CheckExamples(cmdlet, doc);
        CheckTypes(cmdlet, doc);
        CheckLinks(doc);
    }

    private void CheckParameters(CmdletModel cmdlet, HelpMarkdown doc)
    {
        var described = new Dictionary<string, ParameterDoc>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in doc.Parameters)
        {
            if (!described.TryAdd(p.Name, p))
                Problems.Add(new(doc.Path, p.Line, $"parameter -{p.Name} is described twice."));
        }
        if (cmdlet.Parameters.Any(p => shared.Find(cmdlet, p.Name) == null) && !doc.Sections.ContainsKey("Parameters"))
            Problems.Add(new(doc.Path, doc.TitleLine, $"{cmdlet.Name} has parameters no shared page describes, but no '## Parameters' section.", "NXH002"));

        foreach (var parameter in cmdlet.Parameters)
        {
            var inherited = shared.Find(cmdlet, parameter.Name);
            if (!described.TryGetValue(parameter.Name, out var d))
            {
                if (inherited == null)
                    Problems.Add(new(doc.Path, doc.Sections.GetValueOrDefault("Parameters", doc.TitleLine),
                        $"parameter -{parameter.Name} of {cmdlet.Name} has no description: add '### -{parameter.Name}' under '## Parameters'" +
                        $" (or, for every cmdlet deriving from one of {string.Join(", ", cmdlet.BaseNames)}, to {SharedHelp.FolderName}/<Class>.md)." +
                        (parameter.AddedByPowerShell ? " PowerShell adds it because the cmdlet supports " + (parameter.Name is "WhatIf" or "Confirm" ? "ShouldProcess." : "paging.") : ""),
                        "NXH002"));
            }
            else if (d.Paragraphs.Count == 0)
                Problems.Add(new(doc.Path, d.Line, $"parameter -{parameter.Name} of {cmdlet.Name} has an empty description.", "NXH002"));
            else if (inherited is { } found && d.Paragraphs.SequenceEqual(found.Doc.Paragraphs))
                Problems.Add(new(doc.Path, d.Line,
                    $"-{parameter.Name} repeats, word for word, its shared description in {SharedHelp.FolderName}/{Path.GetFileName(found.Page.Path)}: delete it here (a page describes a shared parameter only to say something else).",
                    "NXH013"));
            else if (d.Name != parameter.Name)
                Problems.Add(new(doc.Path, d.Line, $"write the parameter as the code spells it: -{parameter.Name} (found -{d.Name})."));
        }

        foreach (var d in doc.Parameters.Where(d => cmdlet.Parameters.All(p => !p.Name.Equals(d.Name, StringComparison.OrdinalIgnoreCase))))
            Problems.Add(new(doc.Path, d.Line,
                $"describes -{d.Name}, which {cmdlet.Name} does not have (any more): remove the section or fix the name. Its parameters are: {string.Join(", ", cmdlet.Parameters.Select(p => "-" + p.Name))}.",
                "NXH003"));
    }

    private void CheckExamples(CmdletModel cmdlet, HelpMarkdown doc)
    {
        if (doc.Examples.Count < MinimumExamples)
            Problems.Add(new(doc.Path, doc.Sections.GetValueOrDefault("Examples", doc.TitleLine),
                $"{cmdlet.Name} has {doc.Examples.Count} example(s); at least {MinimumExamples} are required.", "NXH004"));

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

    private void CheckTypes(CmdletModel cmdlet, HelpMarkdown doc)
    {
        static bool IsNone(TypeDoc t) => t.TypeName.Equals("None", StringComparison.OrdinalIgnoreCase);
        static bool Names(TypeDoc t, Type type) =>
            t.TypeName.Equals(CmdletReflector.FullName(type), StringComparison.OrdinalIgnoreCase) ||
            t.TypeName.Equals(CmdletReflector.ShortName(type), StringComparison.OrdinalIgnoreCase);

        foreach (var (section, list) in new[] { ("Inputs", doc.Inputs), ("Outputs", doc.Outputs) })
        {
            if (list.Count == 0)
                Problems.Add(new(doc.Path, doc.Sections.GetValueOrDefault(section, doc.TitleLine),
                    $"{cmdlet.Name} needs '## {section}' with at least one '### TypeName' (### None when there is none).", "NXH009"));
            foreach (var t in list.Where(t => !IsNone(t) && t.Paragraphs.Count == 0))
                Problems.Add(new(doc.Path, t.Line, $"{section} type {t.TypeName} has no description.", "NXH009"));
            if (list.Count > 1 && list.Any(IsNone))
                Problems.Add(new(doc.Path, list.First(IsNone).Line, $"'### None' cannot stand beside other {section.ToLowerInvariant()}.", "NXH009"));
        }

        var pipeline = cmdlet.Parameters.Where(p => p.ByValue || p.ByPropertyName).ToList();
        if (doc.Inputs.Count > 0)
        {
            if (pipeline.Count == 0 && !doc.Inputs.All(IsNone))
                Problems.Add(new(doc.Path, doc.Inputs[0].Line, $"{cmdlet.Name} takes no pipeline input: its Inputs must be '### None'.", "NXH009"));
            if (pipeline.Count > 0 && doc.Inputs.Any(IsNone))
                Problems.Add(new(doc.Path, doc.Inputs[0].Line,
                    $"{cmdlet.Name} takes pipeline input ({string.Join(", ", pipeline.Select(p => "-" + p.Name))}): describe it instead of '### None'.", "NXH009"));
            foreach (var p in pipeline.Where(p => p.ByValue && !doc.Inputs.Any(t => Names(t, p.Type))))
                Problems.Add(new(doc.Path, doc.Sections["Inputs"],
                    $"-{p.Name} takes {CmdletReflector.FullName(p.Type)} from the pipeline by value: list it under '## Inputs'.", "NXH009"));
        }
        if (doc.Outputs.Count > 0)
        {
            if (cmdlet.OutputTypes.Count == 0 && !doc.Outputs.All(IsNone))
                Problems.Add(new(doc.Path, doc.Outputs[0].Line, $"{cmdlet.Name} declares no [OutputType]: its Outputs must be '### None'.", "NXH009"));
            foreach (var type in cmdlet.OutputTypes.Where(type => !doc.Outputs.Any(t => Names(t, type))))
                Problems.Add(new(doc.Path, doc.Sections["Outputs"],
                    $"{cmdlet.Name} declares [OutputType({type.FullName})]: list it under '## Outputs' as '### {type.FullName}'.", "NXH009"));
        }
    }

    private void CheckLinks(HelpMarkdown doc)
    {
        foreach (var link in doc.Links.Where(l => string.IsNullOrEmpty(l.Uri)))
            if (!_byName.ContainsKey(link.Text) && !aboutTopics.Contains(link.Text, StringComparer.OrdinalIgnoreCase))
                Problems.Add(new(doc.Path, link.Line,
                    $"related link '{link.Text}' is neither a cmdlet of this module nor an about topic in docs/help: give it an address, '- [{link.Text}](https://...)'.", "NXH008"));
    }
}
