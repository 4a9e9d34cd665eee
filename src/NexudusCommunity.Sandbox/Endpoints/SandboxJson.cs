using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NexudusCommunity.Sandbox;

/// <summary>JSON settings matching the vendor pages: PascalCase names, UTC dates with milliseconds.</summary>
public static class SandboxJson
{
    public const string DateFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";

    /// <summary>For writing responses.</summary>
    public static readonly JsonSerializerOptions WriteOptions = new()
    {
        PropertyNamingPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new UtcDateConverter() },
    };

    /// <summary>For reading fixtures and settings: liberal about case and numbers in strings.</summary>
    public static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new UtcDateConverter() },
    };

    /// <summary>For turning the module's models into records and back (tests): names as the models spell them.</summary>
    public static readonly JsonSerializerOptions ModelOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new UtcDateConverter() },
    };

    public static string FormatDate(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString(DateFormat, CultureInfo.InvariantCulture);

    private sealed class UtcDateConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateParsing.TryParseUtc(reader.GetString(), out var value) ? value : throw new JsonException("Bad date.");

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(FormatDate(value));
    }
}
