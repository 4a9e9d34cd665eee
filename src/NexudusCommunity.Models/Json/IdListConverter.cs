using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NexudusCommunity.Models.Json
{
    /// <summary>A list of ids: [1,2], ["1","2"], [{"Id":1}], or "1,2".</summary>
    internal sealed class IdListConverter : JsonConverter<int[]>
    {
        public override int[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            var ids = new List<int>();
            if (reader.TokenType == JsonTokenType.String)
            {
                foreach (var part in (reader.GetString() ?? "").Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
                    if (int.TryParse(part.Trim('[', ']'), out var id)) ids.Add(id);
                return ids.ToArray();
            }
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                return null;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var id = FlexibleIntConverter.ReadId(ref reader);
                if (id.HasValue) ids.Add(id.Value);
            }
            return ids.ToArray();
        }

        public override void Write(Utf8JsonWriter writer, int[] value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var id in value ?? Array.Empty<int>()) writer.WriteNumberValue(id);
            writer.WriteEndArray();
        }
    }
}
