namespace NexudusCommunity.HelpGenerator;

/// <summary>
/// docs/help/entities/&lt;Entity&gt;.md: one page for the generated cmdlets of an entity, with only what the model cannot
/// say. '# Entity', a paragraph about the record, then a '## Verb-Noun' section per cmdlet: its synopsis (first
/// paragraph), then its examples ('### Title', one code fence, remarks). Each section becomes that cmdlet's page in
/// the usual format (docs/help/README.md): the entity's paragraph is its description, and its parameters are described
/// from the model's Field Help and docs/help/_shared. One example is enough for such a cmdlet.
/// </summary>
internal static class EntityPages
{
    public const int MinimumExamples = 1;

    /// <summary>The folder of docs/help that holds the entity pages.</summary>
    public const string FolderName = "entities";

    /// <summary>The cmdlet pages of every entity page under <paramref name="docsDir"/>/entities, by cmdlet name.</summary>
    public static Dictionary<string, HelpMarkdown> Load(string docsDir, List<Problem> problems)
    {
        var pages = new Dictionary<string, HelpMarkdown>(StringComparer.OrdinalIgnoreCase);
        var dir = Path.Combine(docsDir, FolderName);
        if (!Directory.Exists(dir)) return pages;
        foreach (var file in Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            var about = new List<string>();
            string? cmdlet = null;
            var body = new List<string>();
            void Flush()
            {
                if (cmdlet == null) return;
                if (pages.ContainsKey(cmdlet)) problems.Add(new(file, 0, $"{cmdlet} has a section in more than one entity page.", "NXH010"));
                pages[cmdlet] = HelpMarkdown.Parse(file, CmdletPage(cmdlet, about, body), EntityPages.MinimumExamples);
            }
            var inFence = false;
            foreach (var line in lines)
            {
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
                if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
                {
                    Flush();
                    cmdlet = line[3..].Trim();
                    body = [];
                    continue;
                }
                if (!inFence && line.StartsWith("# ", StringComparison.Ordinal)) continue;
                (cmdlet == null ? about : body).Add(line);
            }
            Flush();
            if (pages.Count == 0) problems.Add(new(file, 1, "an entity page has a '## Verb-Noun' section per cmdlet.", "NXH001"));
        }
        return pages;
    }

    /// <summary>The section as a cmdlet page: synopsis (the text before the first example), description, examples.</summary>
    private static string[] CmdletPage(string cmdlet, List<string> about, List<string> body)
    {
        var firstExample = body.FindIndex(l => l.StartsWith("### ", StringComparison.Ordinal));
        var synopsis = firstExample < 0 ? body : body.Take(firstExample).ToList();
        var page = new List<string> { "# " + cmdlet, "", "## Synopsis" };
        page.AddRange(synopsis.Where(l => l.Trim().Length > 0));
        if (about.Any(l => l.Trim().Length > 0))
        {
            page.AddRange(["", "## Description"]);
            page.AddRange(about.SkipWhile(l => l.Trim().Length == 0));
        }
        page.AddRange(["", "## Examples", ""]);
        if (firstExample >= 0) page.AddRange(body.Skip(firstExample));
        return [.. page];
    }
}
