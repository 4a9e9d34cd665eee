using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NexudusCommunity.Models.Json
{
    /// <summary>A flag sent as true/false, "true"/"false", or 1/0.</summary>
    internal sealed class FlexibleBoolConverter : JsonConverter<bool>
    {
        public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True: return true;
                case JsonTokenType.False: return false;
                case JsonTokenType.Number: return reader.GetDouble() != 0;
                case JsonTokenType.String:
                    var text = reader.GetString();
                    return string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || text == "1";
                default:
                    reader.Skip();
                    return false;
            }
        }

        public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
    }
}
