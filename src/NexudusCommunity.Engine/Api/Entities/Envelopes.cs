using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Api.Paging;

namespace NexudusCommunity.Api.Entities
{
    /// <summary>Reads the API's wrappers: the paging envelope of lists and the action envelope of writes.</summary>
    internal static class Envelopes
    {
        public static Page<T> ReadPage<T>(JsonElement json, JsonTypeInfo<T> typeInfo, int page, int size, string what)
        {
            JsonElement records;
            if (json.ValueKind == JsonValueKind.Array) records = json; // a bare array: everything on one page
            else if (json.ValueKind != JsonValueKind.Object || !TryGet(json, "Records", out records) || records.ValueKind != JsonValueKind.Array)
                throw new NexudusApiException(ApiErrorKind.MalformedResponse, $"{what}: the answer has no Records array.");

            var items = new List<T>(records.GetArrayLength());
            foreach (var record in records.EnumerateArray())
                items.Add(EntityClient<Models.NexudusRecord>.Deserialize(record, typeInfo, what));

            if (json.ValueKind == JsonValueKind.Array) return new Page<T>(items, page, size, false, items.Count);

            var total = Long(json, "TotalItems");
            var hasNext = Bool(json, "HasNextPage");
            if (hasNext == null)
            {
                var totalPages = Long(json, "TotalPages");
                hasNext = totalPages.HasValue ? page < totalPages.Value : items.Count >= size;
            }
            // An empty page never leads anywhere, whatever the flags say: this stops a server that loops.
            return new Page<T>(items, (int)(Long(json, "PageNumber") ?? Long(json, "CurrentPage") ?? page), size, hasNext.Value && items.Count > 0, total);
        }

        public static int? ValueId(JsonElement json)
        {
            if (json.ValueKind != JsonValueKind.Object || !TryGet(json, "Value", out var value)) return null;
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var direct)) return direct;
            if (value.ValueKind == JsonValueKind.Object && TryGet(value, "Id", out var id))
            {
                if (id.ValueKind == JsonValueKind.Number && id.TryGetInt32(out var n)) return n;
                if (id.ValueKind == JsonValueKind.String && int.TryParse(id.GetString(), out var s)) return s;
            }
            return null;
        }

        public static string Message(JsonElement json) => String(json, "Message");

        public static string String(JsonElement json, string name) =>
            json.ValueKind == JsonValueKind.Object && TryGet(json, name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        public static DateTime? Date(JsonElement json, string name) =>
            DateTime.TryParse(String(json, name), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
                ? d : (DateTime?)null;

        private static long? Long(JsonElement json, string name) =>
            TryGet(json, name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : (long?)null;

        private static bool? Bool(JsonElement json, string name) =>
            TryGet(json, name, out var v) && (v.ValueKind == JsonValueKind.True || v.ValueKind == JsonValueKind.False) ? v.GetBoolean() : (bool?)null;

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
