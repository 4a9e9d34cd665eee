using System.Text;

namespace NexudusCommunity.HelpGenerator;

/// <summary>
/// The entity page of a generated cmdlet, docs/help/entities/&lt;Entity&gt;.md, to fill in: a new page with the paragraph
/// about the record and a section for each of the entity's generated cmdlets that has no help yet, or those sections
/// added at the end of the page that exists (what it holds is never changed). Each section asks only for a synopsis and
/// one example: parameters come from the fields' help, the rest from the code. Each "{{Fill in: ...}}" left fails the
/// build (NXH014).
/// </summary>
public static class EntityPageScaffold
{
    /// <summary>The standard bases the generated cmdlets derive from; a hand-written cmdlet on other bases keeps a page of its own.</summary>
    private static readonly string[] GeneratedBases =
        ["GetRecordCmdlet", "NewRecordCmdlet", "SetRecordCmdlet", "RemoveRecordCmdlet", "GetEntityCommandCmdlet", "InvokeEntityCommandCmdlet"];

    public static bool Takes(CmdletModel cmdlet) => cmdlet.Entity != null && cmdlet.BaseNames.Any(GeneratedBases.Contains);

    /// <summary>Writes or extends the page; returns its path and the cmdlets it added sections for.</summary>
    public static (string Path, IReadOnlyList<string> Added) Write(CmdletModel cmdlet, IReadOnlyList<CmdletModel> all, string docsDir)
    {
        var entity = cmdlet.Entity!;
        var described = new HashSet<string>(EntityPages.Load(docsDir, []).Keys, StringComparer.OrdinalIgnoreCase);
        described.UnionWith(Directory.GetFiles(docsDir, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)));
        var path = Path.Combine(docsDir, EntityPages.FolderName, entity.Name + ".md");
        var missing = all.Where(c => Takes(c) && c.Entity!.Type == entity.Type && !described.Contains(c.Name))
            .OrderBy(c => Order(c.Name)).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Name).ToList();
        if (missing.Count == 0) throw new IOException($"{path} already has a section for every generated cmdlet of {entity.Name}: the scaffold never changes what a page holds.");
        var text = new StringBuilder();
        if (File.Exists(path)) text.Append(File.ReadAllText(path).TrimEnd('\n')).Append('\n');
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            text.Append($"# {entity.Name}\n");
            text.Append($"{{{{Fill in: what a {entity.Name} record is to an admin, in a paragraph: it becomes the description of each cmdlet below.}}}}\n");
        }
        foreach (var name in missing)
        {
            text.Append($"\n## {name}\n{{{{Fill in: one sentence: what {name} does.}}}}\n\n");
            text.Append("### {{Fill in: title of the example}}\n```powershell\n");
            text.Append($"{name} {{{{Fill in: a complete command that runs as written against the sandbox's demo data}}}}\n```\n");
            text.Append("{{Fill in: what the example does, and what it shows.}}\n");
        }
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return (path, missing);
    }

    /// <summary>For the author: where the help the sections leave out comes from, and each parameter nothing describes yet.</summary>
    public static IEnumerable<string> Sources(EntityModel entity, IEnumerable<CmdletModel> added, IReadOnlyList<CmdletModel> all, SharedHelp shared, string? aboutTopic)
    {
        yield return $"Parameters are described from the help: of each field in {entity.Name}'s description; inputs, outputs and related links come from the code.";
        var resolver = new HelpResolver(all, shared, aboutTopic);
        foreach (var cmdlet in added)
            foreach (var parameter in cmdlet.Parameters.Where(p => !p.AddedByPowerShell && resolver.Inherited(cmdlet, p) == null))
                yield return $"-{parameter.Name} of {cmdlet.Name} has no description yet: " +
                             (FieldHelp.FieldOf(cmdlet, parameter) is { } field ? FieldHelp.WhereToWrite(entity, field) : $"a '### -{parameter.Name}' on a page of its own, {cmdlet.Name}.md") + ".";
    }

    /// <summary>The order a reader meets them in: Get, New, Set, Remove, then the commands.</summary>
    private static int Order(string name) =>
        Array.FindIndex(["Get-", "New-", "Set-", "Remove-"], verb => name.StartsWith(verb, StringComparison.Ordinal)) is var i and >= 0 && !name.EndsWith("Command", StringComparison.Ordinal) ? i : 4;
}
