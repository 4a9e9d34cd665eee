namespace NexudusCommunity.HelpGenerator;

/// <summary>
/// docs/help/_shared/&lt;Class&gt;.md: what many cmdlets get from one base class, written once. The page's title names
/// a class; its sections serve every cmdlet deriving from it, with placeholders ({entities}, {Noun}...: see
/// <see cref="Placeholders"/>) filled in for each:
/// <list type="bullet">
/// <item>'## Parameters', a '### -Name' per parameter the class declares (-Id from RemoveRecordCmdlet) or PowerShell adds
/// to every cmdlet of a kind (-WhatIf, -Confirm, -First); a cmdlet's own page still wins, and so does the page of a
/// nearer base class;</item>
/// <item>'## Description': what every cmdlet of the kind does (every Remove-), before the cmdlet's own paragraphs;</item>
/// <item>'## Inputs' and '## Outputs': a '### TypeName' each, for the types the cmdlet's own page does not describe.</item>
/// </list>
/// </summary>
public sealed class SharedHelp
{
    public const string FolderName = "_shared";

    private static readonly string[] AllowedSections = ["Parameters", "Description", "Inputs", "Outputs"];

    public IReadOnlyList<HelpMarkdown> Pages { get; }

    private SharedHelp(IReadOnlyList<HelpMarkdown> pages) => Pages = pages;

    public static SharedHelp Load(string docsDir)
    {
        var folder = Path.Combine(docsDir, FolderName);
        if (!Directory.Exists(folder)) return new SharedHelp([]);
        return new SharedHelp(Directory.GetFiles(folder, "*.md").OrderBy(f => f, StringComparer.Ordinal).Select(HelpMarkdown.Load).ToList());
    }

    /// <summary>The shared pages that serve this cmdlet, nearest base class first.</summary>
    private IEnumerable<HelpMarkdown> PagesFor(CmdletModel cmdlet) =>
        cmdlet.BaseNames.SelectMany(baseName => Pages.Where(p => baseName.Equals(p.Title, StringComparison.Ordinal)));

    /// <summary>
    /// The shared section describing a parameter of this cmdlet, from the page of its nearest base class that has one,
    /// filled in for the cmdlet (Doc); Written is the section as the page has it.
    /// </summary>
    public (HelpMarkdown Page, ParameterDoc Doc, ParameterDoc Written)? Find(CmdletModel cmdlet, string parameter)
    {
        foreach (var page in PagesFor(cmdlet))
            if (page.Parameters.FirstOrDefault(d => d.Name.Equals(parameter, StringComparison.OrdinalIgnoreCase)) is { } doc)
                return (page, doc with { Paragraphs = Placeholders.Apply(doc.Paragraphs, cmdlet) }, doc);
        return null;
    }

    /// <summary>The shared description of the nearest base class that has one, filled in for the cmdlet.</summary>
    public (HelpMarkdown Page, IReadOnlyList<string> Paragraphs)? Description(CmdletModel cmdlet) =>
        PagesFor(cmdlet).FirstOrDefault(p => p.Description.Count > 0) is { } page ? (page, Placeholders.Apply(page.Description, cmdlet)) : null;

    /// <summary>The shared '## Inputs' or '## Outputs' of the nearest base class that has the section, filled in for the cmdlet.</summary>
    public IReadOnlyList<TypeDoc> Types(CmdletModel cmdlet, string section)
    {
        var page = PagesFor(cmdlet).FirstOrDefault(p => p.Sections.ContainsKey(section));
        if (page == null) return [];
        return (section == "Inputs" ? page.Inputs : page.Outputs)
            .Select(t => t with { TypeName = Placeholders.Apply(t.TypeName, cmdlet), Paragraphs = Placeholders.Apply(t.Paragraphs, cmdlet) })
            .ToList();
    }

    /// <summary>
    /// Each shared page must name a base class of some cmdlet, hold only the sections a base class can share, use
    /// only placeholders that can be filled in for every cmdlet it reaches, and each parameter section must reach at
    /// least one cmdlet: a section every cmdlet overrides, or about a parameter none has, is help that drifted from
    /// the code.
    /// </summary>
    public IEnumerable<Problem> Check(IReadOnlyList<CmdletModel> cmdlets, IReadOnlyDictionary<string, HelpMarkdown> ownPages)
    {
        foreach (var page in Pages)
        {
            foreach (var problem in page.Problems) yield return problem;
            var expected = Path.GetFileNameWithoutExtension(page.Path);
            if (page.Title != expected)
                yield return new(page.Path, page.TitleLine, $"a shared page's title is the class it is for, as its file is named: '# {expected}' (found '# {page.Title}').", "NXH013");
            foreach (var (section, line) in page.Sections.Where(s => !AllowedSections.Contains(s.Key)))
                yield return new(page.Path, line, $"a shared page holds only {string.Join(", ", AllowedSections.Select(s => "'## " + s + "'"))}; '## {section}' belongs on each cmdlet's own page.", "NXH013");

            var derived = cmdlets.Where(c => c.BaseNames.Contains(page.Title ?? "", StringComparer.Ordinal)).ToList();
            if (derived.Count == 0)
            {
                var bases = cmdlets.SelectMany(c => c.BaseNames).Distinct().Order(StringComparer.Ordinal);
                yield return new(page.Path, page.TitleLine,
                    $"no cmdlet derives from a class named '{page.Title}' (renamed or removed?): rename or delete this page. The cmdlets' base classes are: {string.Join(", ", bases)}.", "NXH013");
                continue;
            }

            foreach (var problem in CheckPlaceholders(page, derived)) yield return problem;

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var doc in page.Parameters)
            {
                if (!seen.Add(doc.Name))
                {
                    yield return new(page.Path, doc.Line, $"parameter -{doc.Name} is described twice.");
                    continue;
                }
                var having = derived.Where(c => c.Parameter(doc.Name) != null).ToList();
                if (having.Count == 0)
                {
                    yield return new(page.Path, doc.Line,
                        $"describes -{doc.Name}, which no cmdlet deriving from {page.Title} has (any more): remove the section or fix the name.", "NXH003");
                    continue;
                }
                if (doc.Paragraphs.Count == 0)
                    yield return new(page.Path, doc.Line, $"the shared description of -{doc.Name} is empty.", "NXH002");
                var spelled = having[0].Parameter(doc.Name)!.Name;
                if (doc.Name != spelled)
                    yield return new(page.Path, doc.Line, $"write the parameter as the code spells it: -{spelled} (found -{doc.Name}).");
                var reached = having.Where(c => !(ownPages.TryGetValue(c.Name, out var own) && own.Parameters.Any(d => d.Name.Equals(doc.Name, StringComparison.OrdinalIgnoreCase)))
                                                && Find(c, doc.Name)?.Written == doc).ToList();
                if (reached.Count == 0)
                    yield return new(page.Path, doc.Line,
                        $"-{doc.Name} here reaches no cmdlet: {string.Join(", ", having.Select(c => c.Name))} describe it on their own pages or a nearer base's shared page. Remove one or the other.", "NXH013");
            }
        }
    }

    /// <summary>Every placeholder must be one that exists and can be filled in for each cmdlet the page reaches.</summary>
    private static IEnumerable<Problem> CheckPlaceholders(HelpMarkdown page, IReadOnlyList<CmdletModel> derived)
    {
        var texts = page.Parameters.Select(d => (d.Line, d.Paragraphs))
            .Concat(page.Inputs.Concat(page.Outputs).Select(t => (t.Line, (IReadOnlyList<string>)[t.TypeName, .. t.Paragraphs])));
        if (page.Description.Count > 0) texts = texts.Append((page.DescriptionLine, page.Description));
        foreach (var (line, paragraphs) in texts)
            foreach (var message in paragraphs.SelectMany(p => derived.SelectMany(c => Placeholders.Problems(p, c))).Distinct())
                yield return new(page.Path, line, message, "NXH013");
    }
}
