using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace NexudusCommunity.Api.Json
{
    /// <summary>
    /// Reads one JSON value of a field's kind, accepting every variant the API's pages and live answers show
    /// (numbers as strings, ids as {"Id": n} references, true/false as 1/0 or text, dates without a zone). The
    /// well-formed case is tested first, so it costs no more than a plain read. A value that fits none reads as
    /// "not given" rather than failing the whole page.
    /// </summary>
    internal static class TolerantValues
    {
        public static int? Int(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    if (reader.TryGetInt32(out var n)) return n;
                    return reader.TryGetDouble(out var d) && d >= int.MinValue && d <= int.MaxValue ? (int)d : (int?)null;
                case JsonTokenType.String:
                    return int.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
                case JsonTokenType.StartObject:
                    return ReferenceId(ref reader);
                default:
                    reader.Skip();
                    return null;
            }
        }

        /// <summary>An amount: a JSON number, or a number written as text (invariant culture).</summary>
        public static decimal? Decimal(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    return reader.TryGetDecimal(out var n) ? n : (decimal?)null;
                case JsonTokenType.String:
                    return decimal.TryParse(reader.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var s) ? s : (decimal?)null;
                default:
                    reader.Skip();
                    return null;
            }
        }

        public static bool? Bool(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True: return true;
                case JsonTokenType.False: return false;
                case JsonTokenType.Number: return reader.TryGetInt32(out var n) ? n != 0 : (bool?)null;
                case JsonTokenType.String: return BoolText(reader.GetString());
                default:
                    reader.Skip();
                    return null;
            }
        }

        public static bool? BoolText(string text)
        {
            switch (text?.Trim().ToLowerInvariant())
            {
                case "true": case "1": case "yes": return true;
                case "false": case "0": case "no": return false;
                default: return null;
            }
        }

        public static string Text(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String: return reader.GetString();
                case JsonTokenType.Null: return null;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    using (var doc = JsonDocument.ParseValue(ref reader)) return doc.RootElement.GetRawText();
                default:
                    return RawText(ref reader);
            }
        }

        public static DateTime? Date(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                reader.Skip();
                return null;
            }
            // Nexudus dates are UTC; some answers drop the "Z", which reads as Unspecified: still UTC.
            if (reader.TryGetDateTime(out var fast))
                return fast.Kind == DateTimeKind.Local ? fast.ToUniversalTime() : DateTime.SpecifyKind(fast, DateTimeKind.Utc);
            return DateText(reader.GetString());
        }

        public static DateTime? DateText(string text) =>
            !string.IsNullOrWhiteSpace(text) && DateTime.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
                ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
                : (DateTime?)null;

        public static Guid? Guid(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                reader.Skip();
                return null;
            }
            if (reader.TryGetGuid(out var fast)) return fast;
            return System.Guid.TryParse(reader.GetString(), out var g) ? g : (Guid?)null;
        }

        /// <summary>An enum value by number or by name; null when it names none of them.</summary>
        public static TEnum? Choice<TEnum>(ref Utf8JsonReader reader) where TEnum : struct
        {
            if (reader.TokenType == JsonTokenType.Number)
                return reader.TryGetInt32(out var n) ? Defined<TEnum>(n) : null;
            if (reader.TokenType == JsonTokenType.String)
            {
                var text = reader.GetString()?.Trim();
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return Defined<TEnum>(number);
                return Enum.TryParse<TEnum>(text, ignoreCase: true, out var named) && Enum.IsDefined(typeof(TEnum), named) ? named : (TEnum?)null;
            }
            reader.Skip();
            return null;
        }

        /// <summary>A list of ids: [1,2], ["1","2"], [{"Id":1}], or "1,2".</summary>
        public static int[] IdList(ref Utf8JsonReader reader)
        {
            var ids = new List<int>();
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.String:
                    foreach (var part in (reader.GetString() ?? "").Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
                        if (int.TryParse(part.Trim('[', ']'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) ids.Add(id);
                    return ids.ToArray();
                case JsonTokenType.StartArray:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var id = Int(ref reader);
                        if (id.HasValue) ids.Add(id.Value);
                    }
                    return ids.ToArray();
                default:
                    reader.Skip();
                    return null;
            }
        }

        private static TEnum? Defined<TEnum>(int number) where TEnum : struct
        {
            var value = (TEnum)Enum.ToObject(typeof(TEnum), number);
            return Enum.IsDefined(typeof(TEnum), value) ? value : (TEnum?)null;
        }

        /// <summary>The Id of a reference object such as {"Id": 12, "Name": "..."}; the reader ends on its EndObject.</summary>
        private static int? ReferenceId(ref Utf8JsonReader reader)
        {
            int? id = null;
            var depth = reader.CurrentDepth;
            while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
            {
                if (reader.TokenType != JsonTokenType.PropertyName) continue;
                var isId = reader.ValueTextEquals("Id") || string.Equals(reader.GetString(), "Id", StringComparison.OrdinalIgnoreCase);
                reader.Read();
                if (isId && reader.TokenType != JsonTokenType.StartObject) id = Int(ref reader);
                else reader.Skip();
            }
            return id;
        }

        /// <summary>A number or true/false where text was expected: its JSON spelling.</summary>
        private static string RawText(ref Utf8JsonReader reader)
        {
            var bytes = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
            return System.Text.Encoding.UTF8.GetString(bytes);
        }
    }
}
