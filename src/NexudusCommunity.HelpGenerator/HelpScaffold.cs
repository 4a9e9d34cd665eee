using System.Text;

namespace NexudusCommunity.HelpGenerator;

/// <summary>
/// The first version of a new cmdlet's page, docs/help/&lt;Verb-Noun&gt;.md: only what the author must write, each a
/// "{{Fill in: ...}}" to replace. Everything the build knows otherwise is left out, since it is added to the help without
/// being written: parameters a shared page or the model's field help describes, a shared description, the inputs and
/// outputs the code declares, the related cmdlets. Each placeholder left fails the build (NXH014), so the page cannot
/// ship unfinished.
/// </summary>
public static class HelpScaffold
{
    public static string Write(CmdletModel cmdlet, IReadOnlyList<CmdletModel> all, SharedHelp shared, string docsDir, string? aboutTopic)
    {
        var path = Path.Combine(docsDir, cmdlet.Name + ".md");
        if (File.Exists(path)) throw new IOException($"{path} exists already: the scaffold never overwrites a page.");
        File.WriteAllText(path, Text(cmdlet, all, shared, aboutTopic), new UTF8Encoding(false));
        return path;
    }

    public static string Text(CmdletModel cmdlet, IReadOnlyList<CmdletModel> all, SharedHelp shared, string? aboutTopic)
    {
        var name = cmdlet.Name;
        var resolver = new HelpResolver(all, shared, aboutTopic);
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line($"# {name}");
        Line();
        Line("## Synopsis");
        Line($"{{{{Fill in: one or two sentences: what {name} does.}}}}");
        if (shared.Description(cmdlet) == null)
        {
            Line();
            Line("## Description");
            Line($"{{{{Fill in: what {name} reads or changes, what it returns, what it refuses, and when to use it rather than another cmdlet.}}}}");
        }

        var own = cmdlet.Parameters.Where(p => resolver.Inherited(cmdlet, p) == null).ToList();
        if (own.Count > 0)
        {
            Line();
            Line("## Parameters");
            foreach (var p in own)
            {
                Line();
                Line($"### -{p.Name}");
                Line(FieldHelp.FieldOf(cmdlet, p) is { } field
                    ? $"{{{{Fill in: what -{p.Name} is for; or delete this section and describe the field once, for every cmdlet: {FieldHelp.WhereToWrite(cmdlet.Entity!, field)}.}}}}"
                    : $"{{{{Fill in: what -{p.Name} is for: the values it takes and what happens without it.}}}}");
            }
        }

        Line();
        Line("## Examples");
        foreach (var (ordinal, use) in new[] { ("first", "the most common use"), ("second", "another use, or a script a runbook would hold") })
        {
            Line();
            Line($"### {{{{Fill in: title of the {ordinal} example}}}}");
            Line("```powershell");
            Line($"{name} {{{{Fill in: a complete command for {use}}}}}");
            Line("```");
            Line($"{{{{Fill in: what the {ordinal} example does, and what it shows.}}}}");
        }
        return text.ToString();
    }

    /// <summary>For the author: where the help the page leaves out comes from.</summary>
    public static IEnumerable<string> Sources(CmdletModel cmdlet, IReadOnlyList<CmdletModel> all, SharedHelp shared, string? aboutTopic)
    {
        var resolver = new HelpResolver(all, shared, aboutTopic);
        var fromShared = cmdlet.Parameters.Select(p => (p.Name, Found: shared.Find(cmdlet, p.Name))).Where(x => x.Found != null).ToList();
        if (fromShared.Count > 0)
            yield return "Described by shared pages (write a section only to say something else): " +
                         string.Join(", ", fromShared.Select(x => $"-{x.Name} ({SharedHelp.FolderName}/{Path.GetFileName(x.Found!.Value.Page.Path)})"));
        var fromModel = cmdlet.Parameters.Where(p => shared.Find(cmdlet, p.Name) == null && resolver.Inherited(cmdlet, p) != null).ToList();
        if (fromModel.Count > 0)
            yield return $"Described from the fields of {cmdlet.Entity?.Type.Name} (their help: in its description, checks and ranges; write a section only to say something else): " +
                         string.Join(", ", fromModel.Select(p => "-" + p.Name));
        if (shared.Description(cmdlet) is { } description)
            yield return $"The description of {SharedHelp.FolderName}/{Path.GetFileName(description.Page.Path)} comes before the page's own: add '## Description' only for what is particular to {cmdlet.Name}.";
        yield return "Inputs, outputs and related links come from the code and the shared pages; write '## Inputs', '## Outputs' or '## Related Links' only to say more.";
    }
}
