using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NexudusCommunity.Models.Json
{
    /// <summary>An id that may arrive as a number, a numeric string, or a reference object carrying "Id".</summary>
    internal sealed class FlexibleIntConverter : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadId(ref reader) ?? 0;

        internal static int? ReadId(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    return reader.TryGetInt32(out var n) ? n : (int)reader.GetDouble();
                case JsonTokenType.String:
                    return int.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
                case JsonTokenType.StartObject:
                    int? id = null;
                    using (var doc = JsonDocument.ParseValue(ref reader))
                        foreach (var p in doc.RootElement.EnumerateObject())
                            if (string.Equals(p.Name, "Id", StringComparison.OrdinalIgnoreCase) && p.Value.TryGetInt32(out var v)) id = v;
                    return id;
                default:
                    reader.Skip();
                    return null;
            }
        }

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    internal sealed class FlexibleNullableIntConverter : JsonConverter<int?>
    {
        public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : FlexibleIntConverter.ReadId(ref reader);

        public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteNumberValue(value.Value);
            else writer.WriteNullValue();
        }
    }
}
