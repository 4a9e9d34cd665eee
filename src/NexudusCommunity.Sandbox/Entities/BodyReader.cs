using System.Text.Json.Nodes;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// Reads a create or PUT body as the entity's description says: each writable field by its kind, required ones
/// present, texts within their length, numbers above their minimum, choices the enum defines, references to
/// records that exist. A PUT replaces the record: a writable field it leaves out is cleared, and so is a field the
/// sandbox holds but does not know (seeded by a fixture): that is the rule a client must live with.
/// Id lists also take Added&lt;Field&gt;/Removed&lt;Field&gt; deltas.
/// </summary>
internal static class BodyReader
{
    public const int DefaultMaxText = 4000;
    private const string Missing = "may not be null or empty";

    /// <param name="existing">The stored record a PUT replaces; null for a create.</param>
    public static (JsonObject Record, List<ValidationError> Errors) Read(SandboxEntity entity, JsonObject body, JsonObject existing, SandboxStore store)
    {
        var record = new JsonObject();
        var errors = new List<ValidationError>();
        foreach (var field in entity.Writable)
        {
            var node = body[field.Name];
            if (JsonRead.IsMissing(node))
            {
                if (field.IsRequired) errors.Add(new ValidationError(field.Name, Missing));
                else if (existing != null) record[field.Name] = entity.Rules.Cleared(field);
                continue;
            }
            var value = ReadValue(field, node, errors);
            if (value == null && errors.Count > 0 && errors[^1].PropertyName == field.Name) continue;
            CheckReferences(field, value, field.Name, store, errors);
            record[field.Name] = value;
        }
        if (existing != null) KeepUnknownFields(entity, body, existing, record);
        foreach (var field in entity.Writable.Where(f => f.Kind == FieldKind.IdList)) ApplyDeltas(field, body, existing, record, store, errors);
        entity.Rules.Check(record, errors, store);
        return (record, errors);
    }

    private static JsonNode ReadValue(FieldSpec field, JsonNode node, List<ValidationError> errors)
    {
        switch (field.Kind)
        {
            case FieldKind.Number:
                if (!JsonRead.TryLong(node, out var number) || (field.Type == typeof(int) && number is < int.MinValue or > int.MaxValue))
                    return Fail(errors, field, "is not a valid number", node);
                if (field.Minimum.HasValue && number < field.Minimum.Value)
                    return Fail(errors, field, field.References != null ? $"must be an existing {field.References.ToLowerInvariant()}" : $"must be at least {field.Minimum.Value}", node);
                return number;
            case FieldKind.Decimal:
                if (!JsonRead.TryDecimal(node, out var amount)) return Fail(errors, field, "is not a valid amount", node);
                if (field.Minimum.HasValue && amount < field.Minimum.Value) return Fail(errors, field, $"must be at least {field.Minimum.Value}", node);
                return amount;
            case FieldKind.TrueFalse:
                return JsonRead.TryBool(node, out var flag) ? flag : Fail(errors, field, "must be true or false", node);
            case FieldKind.Choice:
                if (JsonRead.TryString(node, out var choiceText) && TryChoice(field.EnumType, choiceText, out var choice)) return choice;
                return Fail(errors, field, $"is not a valid value ({string.Join(", ", Enum.GetValues(field.EnumType).Cast<object>().Select(v => $"{Convert.ToInt32(v)} {v}"))})", node);
            case FieldKind.Guid:
                return JsonRead.TryString(node, out var guidText) && Guid.TryParse(guidText, out var guid) ? guid.ToString() : Fail(errors, field, "is not a valid Guid", node);
            case FieldKind.IdList:
                return JsonRead.TryIdList(node, out var ids) ? new JsonArray(ids.Distinct().Select(i => (JsonNode)i).ToArray()) : Fail(errors, field, "must be a list of ids", node);
            case FieldKind.Date:
                return JsonRead.TryString(node, out var dateText) && DateParsing.TryParseUtc(dateText, out var date) ? SandboxJson.FormatDate(date) : Fail(errors, field, "is not a valid date", node);
            default:
                if (!JsonRead.TryString(node, out var text)) return Fail(errors, field, "must be text", node);
                if (field.IsRequired && string.IsNullOrWhiteSpace(text)) return Fail(errors, field, Missing, node);
                var max = field.MaxLength > 0 ? field.MaxLength : DefaultMaxText;
                if (text.Length > max) return Fail(errors, field, $"may not be longer than {max} characters", node);
                return text;
        }
    }

    private static bool TryChoice(Type enumType, string text, out int value)
    {
        value = 0;
        text = text?.Trim();
        if (int.TryParse(text, out value)) return Enum.IsDefined(enumType, value);
        var name = Enum.GetNames(enumType).FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (name == null) return false;
        value = Convert.ToInt32(Enum.Parse(enumType, name));
        return true;
    }

    private static void CheckReferences(FieldSpec field, JsonNode value, string property, SandboxStore store, List<ValidationError> errors)
    {
        if (field.References == null || value == null) return;
        var ids = (value is JsonArray array ? array.Select(n => JsonRead.TryLong(n, out var i) ? i : 0) : new[] { JsonRead.TryLong(value, out var one) ? one : 0 }).ToList();
        foreach (var id in ids.Where(id => !Exists(field.References, id, store)))
            errors.Add(value is JsonArray
                ? new ValidationError(property, $"contains an unknown {field.References.ToLowerInvariant()} id {id}", id)
                : new ValidationError(property, $"must be an existing {field.References.ToLowerInvariant()}", id));
    }

    private static bool Exists(string entity, long id, SandboxStore store) =>
        entity == "User" ? store.UserExists(id) : SandboxEntities.Find(entity) is { } target && store.Exists(target, id);

    /// <summary>Fields the sandbox holds but does not know are writable like any other: kept when sent, cleared when not.</summary>
    private static void KeepUnknownFields(SandboxEntity entity, JsonObject body, JsonObject existing, JsonObject record)
    {
        foreach (var (name, _) in existing)
        {
            if (entity.Spec.Field(name) != null || IsInstruction(entity, name)) continue;
            var sent = body[name];
            if (sent != null) record[name] = sent.DeepClone();
        }
    }

    private static bool IsInstruction(SandboxEntity entity, string name) =>
        entity.Writable.Any(f => f.Kind == FieldKind.IdList && (string.Equals(name, f.AddedName, StringComparison.OrdinalIgnoreCase) || string.Equals(name, f.RemovedName, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Added&lt;Field&gt; then Removed&lt;Field&gt;, applied to the list the body gave (or, for a create without one, to none).</summary>
    private static void ApplyDeltas(FieldSpec field, JsonObject body, JsonObject existing, JsonObject record, SandboxStore store, List<ValidationError> errors)
    {
        var added = ReadIds(body[field.AddedName], field.AddedName, errors);
        var removed = ReadIds(body[field.RemovedName], field.RemovedName, errors);
        if (added == null && removed == null) return;
        if (added != null) CheckReferences(field, new JsonArray(added.Select(i => (JsonNode)i).ToArray()), field.AddedName, store, errors);
        JsonRead.TryIdList(record[field.Name], out var list);
        var ids = list ?? new List<long>();
        if (added != null) ids.AddRange(added);
        if (removed != null) ids.RemoveAll(removed.Contains);
        record[field.Name] = new JsonArray(ids.Distinct().Select(i => (JsonNode)i).ToArray());
    }

    private static List<long> ReadIds(JsonNode node, string property, List<ValidationError> errors)
    {
        if (JsonRead.IsMissing(node)) return null;
        if (JsonRead.TryIdList(node, out var ids)) return ids;
        errors.Add(new ValidationError(property, "must be a list of ids", node));
        return null;
    }

    private static JsonNode Fail(List<ValidationError> errors, FieldSpec field, string message, JsonNode attempted)
    {
        errors.Add(new ValidationError(field.Name, message, attempted?.DeepClone()));
        return null;
    }
}
