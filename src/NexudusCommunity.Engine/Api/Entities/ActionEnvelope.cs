using System.Globalization;
using System.Text.Json;

namespace NexudusCommunity.Api.Entities
{
    /// <summary>Reads the envelope writes answer with: Message, Value (the record's Id, or on a create the whole new record), UpdatedOn, UpdatedBy.</summary>
    internal static class ActionEnvelope
    {
        public static long? ValueId(JsonElement json)
        {
            if (json.ValueKind != JsonValueKind.Object || !TryGet(json, "Value", out var value)) return null;
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var direct)) return direct;
            if (value.ValueKind == JsonValueKind.Object && TryGet(value, "Id", out var id))
            {
                if (id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var n)) return n;
                if (id.ValueKind == JsonValueKind.String && long.TryParse(id.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)) return s;
            }
            return null;
        }

        /// <summary>Value when it is a record (an object with an Id and more), as the live API answers a create; else null.</summary>
        public static JsonElement? ValueRecord(JsonElement json)
        {
            if (json.ValueKind != JsonValueKind.Object || !TryGet(json, "Value", out var value) || value.ValueKind != JsonValueKind.Object) return null;
            if (!TryGet(value, "Id", out _)) return null;
            var count = 0;
            foreach (var _ in value.EnumerateObject())
                if (++count > 1) return value;
            return null;
        }

        public static string Message(JsonElement json) => String(json, "Message");

        public static string String(JsonElement json, string name) =>
            json.ValueKind == JsonValueKind.Object && TryGet(json, name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        public static DateTime? Date(JsonElement json, string name) =>
            DateTime.TryParse(String(json, name), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
                ? d : (DateTime?)null;

        /// <summary>Property names compared without case: answers differ in casing between endpoints.</summary>
        private static bool TryGet(JsonElement json, string name, out JsonElement value)
        {
            if (json.TryGetProperty(name, out value)) return true;
            foreach (var p in json.EnumerateObject())
                if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = p.Value;
                    return true;
                }
            return false;
        }
    }
}
