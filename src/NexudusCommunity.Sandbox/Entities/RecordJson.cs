using System.Text.Json.Nodes;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// A stored record as the API shows it: every field of the entity in the description's order (null or zero when
/// unset), then the fields the sandbox holds without knowing them; lists leave out detail-only fields (Members).
/// </summary>
internal static class RecordJson
{
    public static JsonObject Show(SandboxEntity entity, JsonObject stored, SandboxStore store, bool detail)
    {
        var shown = new JsonObject();
        foreach (var field in entity.Stored)
        {
            if (field.IsDetailOnly && !detail) continue;
            shown[field.Name] = stored.TryGetPropertyValue(field.Name, out var value) ? value?.DeepClone() : Unset(field);
        }
        foreach (var (name, value) in stored)
            if (entity.Spec.Field(name) == null) shown[name] = value?.DeepClone();
        entity.Rules.Decorate(shown, store);
        return shown;
    }

    /// <summary>What a record shows for a field it does not hold: a number or true/false its type's default.</summary>
    internal static JsonNode Unset(FieldSpec field) => field.Kind switch
    {
        FieldKind.Number when field.Type == typeof(int) => 0,
        FieldKind.TrueFalse when field.Type == typeof(bool) => false,
        FieldKind.Decimal when field.Type == typeof(decimal) => 0m,
        FieldKind.IdList => new JsonArray(),
        _ => null,
    };
}
