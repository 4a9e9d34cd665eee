using System.Globalization;
using System.Text.Json.Nodes;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// The list filters an entity's description implies: &lt;Entity&gt;_&lt;Filter&gt; for each filterable field (text
/// "contains", any case; an id list "has this id"; anything else equal), From_/To_&lt;Entity&gt;_&lt;Field&gt;
/// ranges on dates and numbers, Id=n, and &lt;Entity&gt;_Id=[1,2]. A value that does not parse is a 400 naming
/// the parameter.
/// </summary>
internal static class ListFilters
{
    public static (List<Func<JsonObject, bool>> Predicates, IResult Error) Parse(IQueryCollection query, SandboxEntity entity)
    {
        var predicates = new List<Func<JsonObject, bool>>();
        foreach (var (name, values) in query)
        {
            string text = values;
            if (string.IsNullOrWhiteSpace(text)) continue;
            text = text.Trim();
            var predicate = For(entity, name, text, out var known);
            if (!known) continue;
            if (predicate == null) return (null, ApiResults.BadParameter(name, text));
            predicates.Add(predicate);
        }
        return (predicates, null);
    }

    /// <summary>The predicate for one query parameter; known false when it is not a filter (page, size...).</summary>
    private static Func<JsonObject, bool> For(SandboxEntity entity, string name, string text, out bool known)
    {
        known = true;
        var prefix = entity.Name + "_";
        if (string.Equals(name, "Id", StringComparison.OrdinalIgnoreCase) || string.Equals(name, prefix + "Id", StringComparison.OrdinalIgnoreCase))
            return IdIn(text);
        foreach (var (rangePrefix, isFrom) in new[] { ("From_" + prefix, true), ("To_" + prefix, false) })
        {
            if (!name.StartsWith(rangePrefix, StringComparison.OrdinalIgnoreCase)) continue;
            var ranged = entity.Spec.Field(name[rangePrefix.Length..]);
            if (ranged == null) break;
            return Range(ranged, text, isFrom);
        }
        if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            var filter = name[prefix.Length..];
            var field = entity.Stored.FirstOrDefault(f => string.Equals(f.Filter, filter, StringComparison.OrdinalIgnoreCase))
                        ?? entity.Spec.Field(filter);
            if (field != null) return Equal(field, text);
        }
        known = false;
        return null;
    }

    private static Func<JsonObject, bool> IdIn(string text)
    {
        if (!JsonRead.TryParseIdList(text, out var ids)) return null;
        var set = ids.ToHashSet();
        return r => JsonRead.TryLong(r["Id"], out var id) && set.Contains(id);
    }

    private static Func<JsonObject, bool> Equal(FieldSpec field, string text)
    {
        switch (field.Kind)
        {
            case FieldKind.Text:
                return r => JsonRead.TryString(Shown(r, field), out var s) && s != null && s.Contains(text, StringComparison.OrdinalIgnoreCase);
            case FieldKind.IdList:
                if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var member)) return null;
                return r => JsonRead.TryIdList(Shown(r, field), out var ids) && ids.Contains(member);
            case FieldKind.TrueFalse:
                if (!JsonRead.TryBoolText(text, out var flag)) return null;
                return r => JsonRead.TryBool(Shown(r, field), out var b) ? b == flag : !flag;
            case FieldKind.Choice:
                if (!TryChoice(field.EnumType, text, out var choice)) return null;
                return r => JsonRead.TryInt(Shown(r, field), out var n) && n == choice;
            case FieldKind.Decimal:
                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)) return null;
                return r => JsonRead.TryDecimal(Shown(r, field), out var a) && a == amount;
            case FieldKind.Number:
                if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return null;
                return r => JsonRead.TryLong(Shown(r, field), out var n) && n == number;
            default:
                return r => JsonRead.TryString(Shown(r, field), out var s) && string.Equals(s, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static Func<JsonObject, bool> Range(FieldSpec field, string text, bool isFrom)
    {
        if (field.Kind == FieldKind.Date)
        {
            if (!DateParsing.TryParseUtc(text, out var bound)) return null;
            return r => JsonRead.TryString(Shown(r, field), out var s) && DateParsing.TryParseUtc(s, out var d) && (isFrom ? d >= bound : d <= bound);
        }
        if (field.Kind == FieldKind.Decimal && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            return r => JsonRead.TryDecimal(Shown(r, field), out var a) && (isFrom ? a >= amount : a <= amount);
        if (field.Kind == FieldKind.Number && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit))
            return r => JsonRead.TryLong(Shown(r, field), out var n) && (isFrom ? n >= limit : n <= limit);
        return null;
    }

    /// <summary>The field as a read shows it, so a filter finds what a read shows (a counter never set reads 0).</summary>
    private static JsonNode Shown(JsonObject record, FieldSpec field) =>
        record.TryGetPropertyValue(field.Name, out var value) ? value : RecordJson.Unset(field);

    private static bool TryChoice(Type enumType, string text, out int value)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value)) return Enum.IsDefined(enumType, value);
        var name = Enum.GetNames(enumType).FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        value = name == null ? 0 : Convert.ToInt32(Enum.Parse(enumType, name));
        return name != null;
    }
}
