namespace NexudusCommunity.HelpGenerator;

/// <summary>
/// docs/help/_shared/&lt;Class&gt;.md: the help of parameters that many cmdlets get from one base class (-Connection
/// from ConnectedCmdlet, -Force from RemoveRecordCmdlet) or from PowerShell for every cmdlet of a kind (-WhatIf,
/// -Confirm, -First, -Skip), written once. The page's title names a class; each of its '### -Name' sections describes
/// that parameter for every cmdlet deriving from the class that has it. A cmdlet's own page still wins, and so does
/// the page of a nearer base class.
/// </summary>
public sealed class SharedHelp
{
    public const string FolderName = "_shared";

    public IReadOnlyList<HelpMarkdown> Pages { get; }

    private SharedHelp(IReadOnlyList<HelpMarkdown> pages) => Pages = pages;

    public static SharedHelp Load(string docsDir)
    {
        var folder = Path.Combine(docsDir, FolderName);
        if (!Directory.Exists(folder)) return new SharedHelp([]);
        return new SharedHelp(Directory.GetFiles(folder, "*.md").OrderBy(f => f, StringComparer.Ordinal).Select(HelpMarkdown.Load).ToList());
    }

    /// <summary>The shared section describing a parameter of this cmdlet: from the page of its nearest base class that has one.</summary>
    public (HelpMarkdown Page, ParameterDoc Doc)? Find(CmdletModel cmdlet, string parameter)
    {
        foreach (var baseName in cmdlet.BaseNames)
            foreach (var page in Pages.Where(p => baseName.Equals(p.Title, StringComparison.Ordinal)))
                if (page.Parameters.FirstOrDefault(d => d.Name.Equals(parameter, StringComparison.OrdinalIgnoreCase)) is { } doc)
                    return (page, doc);
        return null;
    }

    /// <summary>
    /// The parameter help Get-Help shows for a cmdlet: its own page's sections in the page's order, then the shared
    /// ones for the parameters left, in the cmdlet's order (the base classes' parameters, then -First/-Skip/
    /// -IncludeTotalCount, then -WhatIf/-Confirm).
    /// </summary>
    public IReadOnlyList<ParameterDoc> Resolve(CmdletModel cmdlet, HelpMarkdown page)
    {
        var result = page.Parameters.Where(d => cmdlet.Parameter(d.Name) != null).ToList();
        foreach (var parameter in cmdlet.Parameters)
            if (result.All(d => !d.Name.Equals(parameter.Name, StringComparison.OrdinalIgnoreCase)) && Find(cmdlet, parameter.Name) is { } shared)
                result.Add(shared.Doc);
        return result;
    }

    /// <summary>
    /// Each shared page must name a base class of some cmdlet, and each of its sections must reach at least one
    /// cmdlet: a section every cmdlet overrides, or about a parameter none has, is help that drifted from the code.
    /// </summary>
    public IEnumerable<Problem> Check(IReadOnlyList<CmdletModel> cmdlets, IReadOnlyDictionary<string, HelpMarkdown> ownPages)
    {
        foreach (var page in Pages)
        {
            foreach (var problem in page.Problems) yield return problem;
            var expected = Path.GetFileNameWithoutExtension(page.Path);
            if (page.Title != expected)
                yield return new(page.Path, page.TitleLine, $"a shared page's title is the class it is for, as its file is named: '# {expected}' (found '# {page.Title}').", "NXH013");
            foreach (var (section, line) in page.Sections.Where(s => s.Key != "Parameters"))
                yield return new(page.Path, line, $"a shared page holds only '## Parameters'; '## {section}' belongs on each cmdlet's own page.", "NXH013");

            var derived = cmdlets.Where(c => c.BaseNames.Contains(page.Title ?? "", StringComparer.Ordinal)).ToList();
            if (derived.Count == 0)
            {
                var bases = cmdlets.SelectMany(c => c.BaseNames).Distinct().Order(StringComparer.Ordinal);
                yield return new(page.Path, page.TitleLine,
                    $"no cmdlet derives from a class named '{page.Title}' (renamed or removed?): rename or delete this page. The cmdlets' base classes are: {string.Join(", ", bases)}.", "NXH013");
                continue;
            }

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
                                                && Find(c, doc.Name)?.Doc == doc).ToList();
                if (reached.Count == 0)
                    yield return new(page.Path, doc.Line,
                        $"-{doc.Name} here reaches no cmdlet: {string.Join(", ", having.Select(c => c.Name))} describe it on their own pages or a nearer base's shared page. Remove one or the other.", "NXH013");
            }
        }
    }
}
