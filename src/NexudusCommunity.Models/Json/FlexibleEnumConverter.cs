using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NexudusCommunity.Models.Json
{
    /// <summary>An enum sent as its number or its name; values this version does not know are kept as numbers.</summary>
    internal sealed class FlexibleEnumConverter<TEnum> : JsonConverter<TEnum?> where TEnum : struct, Enum
    {
        public override TEnum? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    return (TEnum)Enum.ToObject(typeof(TEnum), reader.GetInt32());
                case JsonTokenType.String:
                    var text = reader.GetString();
                    if (int.TryParse(text, out var number)) return (TEnum)Enum.ToObject(typeof(TEnum), number);
                    return Enum.TryParse<TEnum>(text, true, out var named) ? named : (TEnum?)null;
                default:
                    reader.Skip();
                    return null;
            }
        }

        public override void Write(Utf8JsonWriter writer, TEnum? value, JsonSerializerOptions options)
        {
            if (value.HasValue) writer.WriteNumberValue(Convert.ToInt32(value.Value));
            else writer.WriteNullValue();
        }
    }
}
