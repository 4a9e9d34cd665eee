using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace NexudusCommunity.HelpGenerator;

/// <summary>Writes the MAML help file (the format Get-Help reads for binary cmdlets) from the models and the markdown.</summary>
public static class MamlWriter
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    private static readonly XNamespace MsHelp = "http://msdn.microsoft.com/mshelp";

    /// <param name="items">Each cmdlet's help, gathered from its page, the shared pages, the model and the code
    /// (<see cref="HelpResolver"/>).</param>
    /// <param name="onlineBase">Where the pages are published ("https://github.com/o/r/blob/main/docs/help/"): each
    /// cmdlet's first related link, which Get-Help -Online opens. Null: no online link.</param>
    public static void Write(string path, IEnumerable<ResolvedHelp> items, string? onlineBase = null)
    {
        var root = new XElement(Msh + "helpItems", new XAttribute("schema", "maml"));
        foreach (var help in items) root.Add(CommandElement(help, onlineBase));

        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        var temp = path + ".tmp";
        using (var writer = XmlWriter.Create(temp, settings))
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        File.Move(temp, path, overwrite: true);
    }

    private static XElement CommandElement(ResolvedHelp help, string? onlineBase)
    {
        var (cmdlet, doc) = (help.Cmdlet, help.Page);
        var described = help.Parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        // The parameters section follows the cmdlet's order; the syntax, PowerShell's (positional, mandatory, rest).
        var order = help.Parameters.Select(d => d.Name).ToList();
        int Order(ParameterModel p) => order.FindIndex(n => n.Equals(p.Name, StringComparison.OrdinalIgnoreCase));

        var command = new XElement(Command + "command",
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            new XAttribute(XNamespace.Xmlns + "MSHelp", MsHelp),
            new XElement(Command + "details",
                new XElement(Command + "name", cmdlet.Name),
                new XElement(Command + "verb", cmdlet.Verb),
                new XElement(Command + "noun", cmdlet.Noun),
                Description([doc.Synopsis ?? ""])),
            Description(help.Description));

        var syntax = new XElement(Command + "syntax");
        foreach (var set in cmdlet.ParameterSets)
        {
            var item = new XElement(Command + "syntaxItem", new XElement(Maml + "name", cmdlet.Name));
            var members = cmdlet.Parameters
                .Select(p => (Parameter: p, Membership: p.Sets.FirstOrDefault(s => s.SetName.Equals(set, StringComparison.OrdinalIgnoreCase))
                                                       ?? p.Sets.FirstOrDefault(s => s.SetName == CmdletReflector.AllSets)))
                .Where(x => x.Membership != null)
                .OrderBy(x => x.Membership!.Position ?? int.MaxValue)
                .ThenBy(x => x.Membership!.Mandatory ? 0 : 1)
                .ThenBy(x => Order(x.Parameter));
            foreach (var (parameter, membership) in members)
                item.Add(ParameterElement(parameter, described[parameter.Name], membership!.Mandatory ? "true" : "false",
                    Position(membership.Position), Pipeline(membership.ByValue, membership.ByPropertyName), inSyntax: true));
            syntax.Add(item);
        }
        command.Add(syntax);

        var parameters = new XElement(Command + "parameters");
        foreach (var parameter in cmdlet.Parameters.OrderBy(Order))
        {
            var sets = parameter.Sets;
            var required = sets.All(s => s.Mandatory) ? "true"
                : sets.All(s => !s.Mandatory) ? "false"
                : string.Join(", ", sets.Select(s => $"{(s.Mandatory ? "true" : "false")} ({s.SetName})"));
            var positions = sets.Select(s => s.Position).Distinct().ToList();
            var position = positions.Count == 1 ? Position(positions[0]) : string.Join(", ", sets.Select(s => $"{Position(s.Position)} ({s.SetName})"));
            parameters.Add(ParameterElement(parameter, described[parameter.Name], required, position,
                Pipeline(parameter.ByValue, parameter.ByPropertyName), inSyntax: false));
        }
        command.Add(parameters);

        command.Add(new XElement(Command + "inputTypes", help.Inputs.Select(t =>
            new XElement(Command + "inputType", TypeElement(t.TypeName), Description(t.Paragraphs)))));
        command.Add(new XElement(Command + "returnValues", help.Outputs.Select(t =>
            new XElement(Command + "returnValue", TypeElement(t.TypeName), Description(t.Paragraphs)))));
        if (doc.Notes.Count > 0)
            command.Add(new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paras(doc.Notes))));

        var examples = new XElement(Command + "examples");
        var n = 0;
        foreach (var example in doc.Examples)
            examples.Add(new XElement(Command + "example",
                new XElement(Maml + "title", $"-------------------------- Example {++n}: {example.Title} --------------------------"),
                new XElement(Dev + "code", example.Code),
                new XElement(Dev + "remarks", Paras(example.Remarks))));
        command.Add(examples);

        var online = onlineBase == null ? Array.Empty<XElement>() : new[]
        {
            new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", "Online Version:"), new XElement(Maml + "uri", onlineBase + OnlinePage(cmdlet.Name, doc.Path))),
        };
        command.Add(new XElement(Maml + "relatedLinks", online.Concat(help.Links.Select(l =>
            new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", l.Text), new XElement(Maml + "uri", l.Uri ?? ""))))));
        return command;
    }

    private static XElement ParameterElement(ParameterModel parameter, ParameterDoc doc, string required, string position, string pipeline, bool inSyntax)
    {
        var isArray = (Nullable.GetUnderlyingType(parameter.Type) ?? parameter.Type).IsArray;
        var element = new XElement(Command + "parameter",
            new XAttribute("required", required),
            new XAttribute("variableLength", "true"),
            new XAttribute("globbing", parameter.SupportsWildcards || doc.Wildcards ? "true" : "false"),
            new XAttribute("pipelineInput", pipeline),
            new XAttribute("position", position),
            new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)),
            new XElement(Maml + "name", parameter.Name),
            Description(doc.Paragraphs));
        if (inSyntax && parameter.ValidValues.Count > 0)
            element.Add(new XElement(Command + "parameterValueGroup", parameter.ValidValues.Select(v =>
                new XElement(Command + "parameterValue", new XAttribute("required", "false"), new XAttribute(Command + "variableLength", "false"), v))));
        if (!(inSyntax && parameter.IsSwitch))
            element.Add(new XElement(Command + "parameterValue",
                new XAttribute("required", parameter.IsSwitch ? "false" : "true"),
                new XAttribute("variableLength", isArray ? "true" : "false"),
                CmdletReflector.ShortName(parameter.Type)));
        element.Add(TypeElement(CmdletReflector.FullName(parameter.Type)));
        element.Add(new XElement(Dev + "defaultValue", parameter.DefaultValue));
        return element;
    }

    private static string Position(int? position) => position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "named";

    private static string Pipeline(bool byValue, bool byPropertyName) =>
        byValue && byPropertyName ? "True (ByValue, ByPropertyName)"
        : byValue ? "True (ByValue)"
        : byPropertyName ? "True (ByPropertyName)"
        : "False";

    /// <summary>The cmdlet's page, or its section of an entity page (entities/CommunityGroup.md#get-communitygroup).</summary>
    private static string OnlinePage(string cmdlet, string source) =>
        Path.GetFileName(Path.GetDirectoryName(source)) == EntityPages.FolderName
            ? $"{EntityPages.FolderName}/{Path.GetFileName(source)}#{cmdlet.ToLowerInvariant()}"
            : cmdlet + ".md";

    private static XElement TypeElement(string name) => new(Dev + "type", new XElement(Maml + "name", name), new XElement(Maml + "uri"));

    private static XElement Description(IEnumerable<string> paragraphs) => new(Maml + "description", Paras(paragraphs));

    private static IEnumerable<XElement> Paras(IEnumerable<string> paragraphs) => paragraphs.Select(p => new XElement(Maml + "para", p));
}
