using System.Globalization;
using System.Text.Json;

namespace NexudusCommunity.Api.Json
{
    /// <summary>
    /// Reads one JSON value of a field's kind, accepting every variant the API's pages and live answers show
    /// (numbers as strings, ids as {"Id": n} references, true/false as 1/0 or text, dates without a zone). The
    /// well-formed case is tested first, so it costs no more than a plain read. A text, date or choice that fits none
    /// reads as "not given" rather than failing the whole page; a number never does (an id read as 0 would name
    /// another record, or none): it fails naming its field.
    /// </summary>
    internal static class TolerantValues
    {
        /// <summary>
        /// A whole number: a JSON number (12, 12.0), its text ("12"), or the Id of a reference ({"Id": 12}); null for
        /// null, blank text or a reference without an Id. Anything else (a fraction, a number past 64 bits, words)
        /// throws naming <paramref name="field"/>: a value that does not fit must never read as 0 or as "not given".
        /// </summary>
        public static long? Long(ref Utf8JsonReader reader, string field)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    if (reader.TryGetInt64(out var n)) return n;
                    if (reader.TryGetDecimal(out var d) && d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue) return (long)d;
                    throw DoesNotFit(field, RawText(ref reader));
                case JsonTokenType.String:
                    var text = reader.GetString();
                    if (string.IsNullOrWhiteSpace(text)) return null;
                    if (long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)) return s;
                    throw DoesNotFit(field, "'" + text + "'");
                case JsonTokenType.StartObject:
                    return ReferenceId(ref reader, field);
                case JsonTokenType.Null:
                    return null;
                default:
                    throw DoesNotFit(field, reader.TokenType == JsonTokenType.StartArray ? "a list" : RawText(ref reader));
            }
        }

        /// <summary>A whole number within Int32 (a count, a size); otherwise as <see cref="Long"/>.</summary>
        public static int? Int(ref Utf8JsonReader reader, string field)
        {
            var value = Long(ref reader, field);
            if (value.HasValue && (value.Value < int.MinValue || value.Value > int.MaxValue)) throw DoesNotFit(field, value.Value.ToString(CultureInfo.InvariantCulture));
            return (int?)value;
        }

        /// <summary>No position: the answer is valid JSON, one value of it is not what the field holds.</summary>
        private static JsonException DoesNotFit(string field, string value) =>
            new JsonException($"{field} is {value}, which is not a whole number this field can hold");

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

        /// <summary>A list of ids: [1,2], ["1","2"], [{"Id":1}], or "1,2"; an id that does not fit throws naming <paramref name="field"/>.</summary>
        public static long[] IdList(ref Utf8JsonReader reader, string field)
        {
            var ids = new List<long>();
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.String:
                    foreach (var part in (reader.GetString() ?? "").Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
                    {
                        var text = part.Trim('[', ']');
                        if (text.Length == 0) continue;
                        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) throw DoesNotFit(field, "'" + text + "'");
                        ids.Add(id);
                    }
                    return ids.ToArray();
                case JsonTokenType.StartArray:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var id = Long(ref reader, field);
                        if (id.HasValue) ids.Add(id.Value);
                    }
                    return ids.ToArray();
                default:
                    throw DoesNotFit(field, reader.TokenType == JsonTokenType.StartObject ? "an object" : RawText(ref reader));
            }
        }

        private static TEnum? Defined<TEnum>(int number) where TEnum : struct
        {
            var value = (TEnum)Enum.ToObject(typeof(TEnum), number);
            return Enum.IsDefined(typeof(TEnum), value) ? value : (TEnum?)null;
        }

        /// <summary>The Id of a reference object such as {"Id": 12, "Name": "..."}; the reader ends on its EndObject.</summary>
        private static long? ReferenceId(ref Utf8JsonReader reader, string field)
        {
            long? id = null;
            var depth = reader.CurrentDepth;
            while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
            {
                if (reader.TokenType != JsonTokenType.PropertyName) continue;
                var isId = reader.ValueTextEquals("Id") || string.Equals(reader.GetString(), "Id", StringComparison.OrdinalIgnoreCase);
                reader.Read();
                if (isId && reader.TokenType != JsonTokenType.StartObject) id = Long(ref reader, field);
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
