using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>Liberal readers for request bodies: numbers may arrive as strings, booleans as "true"/1.</summary>
internal static class JsonRead
{
    public static bool IsMissing(JsonNode node) => node is null || node.GetValueKind() == JsonValueKind.Null;

    /// <summary>A whole number of 64 bits (ids are): a JSON number, whole, or its text.</summary>
    public static bool TryLong(JsonNode node, out long value) =>
        TryNumber(node, TryWholeNumber, long.TryParse, NumberStyles.Integer, out value);

    /// <summary>A whole number within Int32 (a count, a choice).</summary>
    public static bool TryInt(JsonNode node, out int value)
    {
        value = 0;
        if (!TryLong(node, out var wide) || wide is < int.MinValue or > int.MaxValue) return false;
        value = (int)wide;
        return true;
    }

    /// <summary>The record's Id; 0 when it has none.</summary>
    public static long Id(JsonObject record) => TryLong(record["Id"], out var id) ? id : 0;

    /// <summary>An amount (a price): a JSON number, or its text.</summary>
    public static bool TryDecimal(JsonNode node, out decimal value) =>
        TryNumber(node, TryAmount, decimal.TryParse, NumberStyles.Number, out value);

    private delegate bool NumberReader<T>(JsonValue number, out T value);

    private delegate bool TextParser<T>(string text, NumberStyles styles, IFormatProvider provider, out T value);

    /// <summary>A number that may arrive as a JSON number (read by <paramref name="fromNumber"/>) or as its invariant text.</summary>
    private static bool TryNumber<T>(JsonNode node, NumberReader<T> fromNumber, TextParser<T> fromText, NumberStyles styles, out T value)
    {
        value = default;
        if (node is not JsonValue v) return false;
        switch (v.GetValueKind())
        {
            case JsonValueKind.Number:
                return fromNumber(v, out value);
            case JsonValueKind.String:
                return fromText(v.GetValue<string>().Trim(), styles, CultureInfo.InvariantCulture, out value);
            default:
                return false;
        }
    }

    private static bool TryWholeNumber(JsonValue v, out long value)
    {
        if (v.TryGetValue(out value)) return true;
        if (v.TryGetValue(out int small)) { value = small; return true; }
        if (v.TryGetValue(out decimal d) && d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue)
        {
            value = (long)d;
            return true;
        }
        if (v.TryGetValue(out double real) && real == Math.Floor(real) && real is >= long.MinValue and < long.MaxValue)
        {
            value = (long)real;
            return true;
        }
        value = 0;
        return false;
    }

    private static bool TryAmount(JsonValue v, out decimal value)
    {
        if (v.TryGetValue(out value)) return true;
        if (v.TryGetValue(out double real)) { value = (decimal)real; return true; }
        if (v.TryGetValue(out long whole)) { value = whole; return true; }
        if (v.TryGetValue(out int small)) { value = small; return true; }
        value = 0;
        return false;
    }

    public static bool TryBool(JsonNode node, out bool value)
    {
        value = false;
        if (node is not JsonValue v) return false;
        switch (v.GetValueKind())
        {
            case JsonValueKind.True: value = true; return true;
            case JsonValueKind.False: return true;
            case JsonValueKind.Number:
                if (!TryInt(node, out var n) || n is not (0 or 1)) return false;
                value = n == 1;
                return true;
            case JsonValueKind.String:
                return TryBoolText(v.GetValue<string>(), out value);
            default:
                return false;
        }
    }

    public static bool TryBoolText(string text, out bool value)
    {
        value = false;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "true" or "1" or "yes": value = true; return true;
            case "false" or "0" or "no": return true;
            default: return false;
        }
    }

    /// <summary>Strings, numbers and booleans all read as text; objects and arrays do not.</summary>
    public static bool TryString(JsonNode node, out string value)
    {
        value = null;
        if (node is not JsonValue v) return false;
        value = v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString();
        return true;
    }

    /// <summary>An array of ids, a single id, or "1,2,3" / "[1,2,3]" text.</summary>
    public static bool TryIdList(JsonNode node, out List<long> values)
    {
        values = new List<long>();
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (!TryLong(item, out var id)) return false;
                values.Add(id);
            }
            return true;
        }
        if (TryLong(node, out var single))
        {
            values.Add(single);
            return true;
        }
        return TryString(node, out var text) && TryParseIdList(text, out values);
    }

    public static bool TryParseIdList(string text, out List<long> values)
    {
        values = new List<long>();
        if (text == null) return false;
        var trimmed = text.Trim().TrimStart('[').TrimEnd(']');
        foreach (var part in trimmed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!long.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) return false;
            values.Add(id);
        }
        return true;
    }

    /// <summary>Reads the request body as a JSON object with case-insensitive property names; null when malformed.</summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request)
    {
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, new JsonNodeOptions { PropertyNameCaseInsensitive = true },
                cancellationToken: request.HttpContext.RequestAborted);
            return node as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
