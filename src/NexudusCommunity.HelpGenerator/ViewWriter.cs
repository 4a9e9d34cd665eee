using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NexudusCommunity.HelpGenerator;

/// <summary>
/// NexudusCommunity.Entities.Format.ps1xml: a default table view for every entity whose [Entity] names its View
/// columns ("Name, StartDate, Id") and that NexudusCommunity.Format.ps1xml does not already show by hand. Widths come
/// from the fields' kinds (ids ten digits whole, dates, true/false, choices as long as their longest name) and text
/// columns share what is left of 80 characters; a detail-only list reads 'not loaded' in a list, as Members does.
/// A column may give its width and header: "Currency(8)", "CommunityGroupId as Group", "CreatedOn(16) as CreatedOn"
/// (a date shows what its width holds: 10 the day, 16 the minute; CreatedOn and UpdatedOn are by day, headed Created
/// and Updated, unless told otherwise).
/// </summary>
public static class ViewWriter
{
    public const string FileName = "NexudusCommunity.Entities.Format.ps1xml";
    private const int Screen = 80;

    /// <summary>Writes the file into <paramref name="outDir"/> (with no views when no entity asks for one); problems for unknown columns.</summary>
    public static int Write(IEnumerable<Type> models, string outDir, List<Problem> problems)
    {
        var handWritten = File.Exists(Path.Combine(outDir, "NexudusCommunity.Format.ps1xml"))
            ? XDocument.Load(Path.Combine(outDir, "NexudusCommunity.Format.ps1xml")).Descendants("TypeName").Select(t => t.Value).ToHashSet()
            : [];
        var views = new List<XElement>();
        foreach (var model in models.Distinct().OrderBy(m => m.FullName, StringComparer.Ordinal))
        {
            var entity = model.GetCustomAttributes(inherit: false).FirstOrDefault(a => a.GetType().Name == "EntityAttribute");
            if (entity?.GetType().GetProperty("View")?.GetValue(entity) is not string view || handWritten.Contains(model.FullName!)) continue;
            var columns = view.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(spec => Column(model, spec, problems)).OfType<ViewColumn>().ToList();
            if (columns.Count > 0) views.Add(Table(model, columns));
        }
        var document = new XDocument(new XComment(" Generated at build from the View of each [Entity] (src/NexudusCommunity.HelpGenerator/ViewWriter.cs). "),
            new XElement("Configuration", new XElement("ViewDefinitions", views)));
        Directory.CreateDirectory(outDir);
        document.Save(Path.Combine(outDir, FileName));
        return views.Count;
    }

    private sealed record ViewColumn(string Label, int Width, bool Right, XElement Item);

    /// <summary>A column as the View writes it: "Property", then optionally "(width)" and " as Header".</summary>
    private static readonly Regex ColumnSpec = new(@"^(?<name>\w+)(?:\s*\((?<width>\d+)\))?(?:\s+as\s+(?<label>\w+))?$");

    private static ViewColumn? Column(Type model, string spec, List<Problem> problems)
    {
        var match = ColumnSpec.Match(spec);
        var name = match.Groups["name"].Value;
        var property = match.Success ? model.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) : null;
        if (property == null)
        {
            problems.Add(new(model.FullName!, 0, match.Success
                ? $"the view of {model.Name} names '{name}', which is not one of its properties."
                : $"the view of {model.Name} has the column '{spec}': write 'Property', 'Property(width)' or 'Property as Header'.", "NXH015"));
            return null;
        }
        int? width = match.Groups["width"].Success ? int.Parse(match.Groups["width"].Value) : null;
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        XElement Property() => new("TableColumnItem", new XElement("PropertyName", name));
        XElement Script(string script) => new("TableColumnItem", new XElement("ScriptBlock", script));
        var stamp = name is "CreatedOn" or "UpdatedOn";
        var label = match.Groups["label"].Success ? match.Groups["label"].Value : stamp ? name[..^2] : name;
        ViewColumn Sized(int least, bool right, XElement item) => new(label, width ?? Math.Max(label.Length, least), right, item);
        if (type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double))
            return Sized(10, true, Property());
        if (type == typeof(bool))
            return Sized(5, false, Property());
        if (type == typeof(DateTime))
        {
            // Created/updated stamps by day; other dates (an event's start) to the minute; a width says which.
            const string day = "yyyy-MM-dd", minute = "yyyy-MM-dd HH:mm";
            var format = width is { } w ? (w >= minute.Length ? minute : day) : stamp ? day : minute;
            return Sized(format.Length, false, Script($"if ($_.{name}) {{ $_.{name}.ToString('{format}') }}"));
        }
        if (type.IsEnum)
            return Sized(Enum.GetNames(type).Max(n => n.Length), false, Property());
        if (type.IsArray)
            return Sized(10, true, Script($"if ($null -ne $_.{name}) {{ $_.{name}.Count }} else {{ 'not loaded' }}"));
        return new(label, width ?? 0, false, Property()); // text: its width, else shares what is left
    }

    private static XElement Table(Type model, List<ViewColumn> columns)
    {
        var fixedWidth = columns.Sum(c => c.Width) + columns.Count - 1;
        var texts = columns.Count(c => c.Width == 0);
        var share = texts == 0 ? 0 : Math.Max(8, (Screen - 1 - fixedWidth) / texts);
        var headers = columns.Select(c =>
        {
            var header = new XElement("TableColumnHeader", new XElement("Label", c.Label), new XElement("Width", c.Width == 0 ? Math.Max(share, c.Label.Length) : c.Width));
            if (c.Right) header.Add(new XElement("Alignment", "Right"));
            return header;
        });
        return new XElement("View",
            new XElement("Name", model.Name),
            new XElement("ViewSelectedBy", new XElement("TypeName", model.FullName)),
            new XElement("TableControl",
                new XElement("TableHeaders", headers),
                new XElement("TableRowEntries", new XElement("TableRowEntry", new XElement("TableColumnItems", columns.Select(c => c.Item))))));
    }
}
