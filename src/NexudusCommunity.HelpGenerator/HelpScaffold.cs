using System.Text;

namespace NexudusCommunity.HelpGenerator;

/// <summary>
/// The first version of a new cmdlet's page, docs/help/&lt;Verb-Noun&gt;.md: every section and heading the build
/// requires, with what the code knows filled in (the parameters no shared page describes, the pipeline input types,
/// the output types, related cmdlets) and "{{TODO: ...}}" wherever the author must write. Each placeholder left fails
/// the build (NXH014), so the page cannot ship unfinished.
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
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line($"# {name}");
        Line();
        Line("## Synopsis");
        Line($"{{{{TODO: one or two sentences: what {name} does.}}}}");
        Line();
        Line("## Description");
        Line($"{{{{TODO: what {name} reads or changes, what it returns, what it refuses, and when to use it rather than another cmdlet.}}}}");

        var own = cmdlet.Parameters.Where(p => shared.Find(cmdlet, p.Name) == null).ToList();
        if (own.Count > 0)
        {
            Line();
            Line("## Parameters");
            foreach (var p in own)
            {
                Line();
                Line($"### -{p.Name}");
                Line($"{{{{TODO: what -{p.Name} is for: the values it takes and what happens without it.}}}}");
            }
        }

        Line();
        Line("## Examples");
        foreach (var (ordinal, use) in new[] { ("first", "the most common use"), ("second", "another use, or a script a runbook would hold") })
        {
            Line();
            Line($"### {{{{TODO: title of the {ordinal} example}}}}");
            Line("```powershell");
            Line($"{name} {{{{TODO: a complete command for {use}}}}}");
            Line("```");
            Line($"{{{{TODO: what the {ordinal} example does, and what it shows.}}}}");
        }

        Line();
        Line("## Inputs");
        var byValue = cmdlet.Parameters.Where(p => p.ByValue).ToList();
        var byName = cmdlet.Parameters.Where(p => p.ByPropertyName).ToList();
        var inputs = byValue.Select(p => (Type: CmdletReflector.FullName(p.Type), Binds: $"bound to -{p.Name}")).ToList();
        if (byName.Count > 0 && inputs.All(i => i.Type != "System.Management.Automation.PSObject"))
            inputs.Add(("System.Management.Automation.PSObject", $"any object with properties named like {string.Join(", ", byName.Select(p => "-" + p.Name))}, bound by property name"));
        if (inputs.Count == 0)
        {
            Line();
            Line("### None");
        }
        foreach (var (type, binds) in inputs.DistinctBy(i => i.Type))
        {
            Line();
            Line($"### {type}");
            Line($"{{{{TODO: what users pipe in ({binds}).}}}}");
        }

        Line();
        Line("## Outputs");
        if (cmdlet.OutputTypes.Count == 0)
        {
            Line();
            Line("### None");
            Line($"{{{{TODO: say that {name} returns nothing; or, if it does return objects, give it an [OutputType] and list their type here.}}}}");
        }
        foreach (var type in cmdlet.OutputTypes)
        {
            Line();
            Line($"### {type.FullName}");
            Line($"{{{{TODO: what each {type.Name} written is, and when {name} writes one.}}}}");
        }

        // Plain cmdlet names and the module's about topic: the build checks each exists.
        var related = all.Where(c => c.Noun == cmdlet.Noun && c.Name != name).Select(c => c.Name).ToList();
        if (aboutTopic != null) related.Add(aboutTopic);
        if (related.Count > 0)
        {
            Line();
            Line("## Related Links");
            foreach (var link in related) Line($"- {link}");
        }
        return text.ToString();
    }
}
