using System.Reflection;
using NexudusCommunity.Text;

namespace NexudusCommunity.HelpGenerator;

/// <summary>One field of an entity, as the module's model describes it ([Field] on the model's property).</summary>
/// <param name="Kind">The FieldKind's name: Number, Text, TrueFalse, Date, Choice, IdList...</param>
/// <param name="Minimum">The least number accepted when the model sets one (ids' implicit 1 left out).</param>
/// <param name="Help">What the field means to people ([Field(Help = ...)]); null when the model does not say.</param>
public sealed record FieldModel(
    string Name,
    string Kind,
    string Parameter,
    string? AddParameter,
    string? RemoveParameter,
    string? Range,
    string? References,
    bool IsRequired,
    bool IsSortable,
    int MaxLength,
    int? Minimum,
    string? Help);

/// <summary>
/// The API entity a cmdlet is about (the T of its EntityCmdlet&lt;T&gt; base, or a parameter typed as a model), read
/// through the module's own description of it, NexudusCommunity.Models.Spec.EntitySpec, in the loaded Models assembly:
/// the help says what the cmdlets do because it asks the same object they do. Read by reflection, so this tool does
/// not build the Models project a second time (see Help.targets).
/// </summary>
public sealed class EntityModel
{
    private const string SpecTypeName = "NexudusCommunity.Models.Spec.EntitySpec";
    private static readonly Dictionary<Type, EntityModel?> Known = [];

    private readonly object _spec;
    private readonly Dictionary<string, FieldModel> _byName;

    private EntityModel(Type type, object spec)
    {
        _spec = spec;
        Type = type;
        Name = (string)Read(spec, "Name")!;
        NameField = (Read(spec, "NameField") is { } nameField ? (string?)Read(nameField, "Name") : null);
        Fields = ((System.Collections.IEnumerable)Read(spec, "Fields")!).Cast<object>().Select(ReadField).ToList();
        _byName = Fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The model type: NexudusCommunity.Models.CommunityThread.</summary>
    public Type Type { get; }

    /// <summary>The API's name: CommunityThread.</summary>
    public string Name { get; }

    /// <summary>The field that names a record to people (Name, Subject...); null when records have none.</summary>
    public string? NameField { get; }

    public IReadOnlyList<FieldModel> Fields { get; }

    /// <summary>In words, as help text says it: "community thread".</summary>
    public string Singular => Words(Name);

    /// <summary>"community threads".</summary>
    public string Plural => PluralOf(Singular);

    /// <summary>The field a cmdlet parameter of this name sets or filters (EntitySpec.FieldForParameter: what the cmdlets use).</summary>
    public FieldModel? FieldForParameter(string parameter) =>
        _spec.GetType().GetMethod("FieldForParameter")!.Invoke(_spec, [parameter]) is { } field ? _byName[(string)Read(field, "Name")!] : null;

    /// <summary>The entity of a model type (a class with [Entity]); null for any other type.</summary>
    public static EntityModel? Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        lock (Known)
        {
            if (Known.TryGetValue(type, out var known)) return known;
            var isEntity = type.IsClass && type.GetCustomAttributes(inherit: false).Any(a => a.GetType().Name == "EntityAttribute");
            var specType = isEntity ? SpecType(type.Assembly) : null;
            return Known[type] = specType == null ? null : new EntityModel(type, specType.GetMethod("Of", [typeof(Type)])!.Invoke(null, [type])!);
        }
    }

    /// <summary>The entity a cmdlet is about: the T of the EntityCmdlet&lt;T&gt; it derives from; null for others.</summary>
    public static EntityModel? OfCmdlet(Type cmdlet)
    {
        for (var b = cmdlet.BaseType; b != null; b = b.BaseType)
            if (b.IsGenericType && CmdletReflector.ClassName(b) == "EntityCmdlet")
                return Of(b.GetGenericArguments()[0]);
        return null;
    }

    /// <summary>"CommunityThread" as help text says it: "community thread"; "FullName": "full name".</summary>
    public static string Words(string name) => EnglishNames.Words(name);

    /// <summary>The English plural of a noun phrase: rooms, businesses, properties.</summary>
    public static string PluralOf(string noun) => EnglishNames.Plural(noun);

    private static Type? SpecType(Assembly modelAssembly) =>
        modelAssembly.GetType(SpecTypeName) ??
        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(SpecTypeName)).FirstOrDefault(t => t != null);

    private static FieldModel ReadField(object field)
    {
        var name = (string)Read(field, "Name")!;
        var references = (string?)Read(field, "References");
        // Ids are 1 or more without the model saying so; only a minimum the model sets is news to a reader.
        var minimum = references == null && name != "Id" ? (int?)Read(field, "Minimum") : null;
        return new FieldModel(name, Read(field, "Kind")!.ToString()!, (string)Read(field, "Parameter")!,
            (string?)Read(field, "AddParameter"), (string?)Read(field, "RemoveParameter"), (string?)Read(field, "Range"),
            references, (bool)Read(field, "IsRequired")!, (bool)Read(field, "IsSortable")!, (int)Read(field, "MaxLength")!, minimum, (string?)Read(field, "Help"));
    }

    /// <summary>A property of the module's spec objects; one that is missing means this tool and the Models assembly disagree.</summary>
    private static object? Read(object o, string property) =>
        (o.GetType().GetProperty(property) ?? throw new InvalidOperationException(
            $"{o.GetType().FullName} has no property {property}: the help generator and NexudusCommunity.Models are out of step.")).GetValue(o);
}
