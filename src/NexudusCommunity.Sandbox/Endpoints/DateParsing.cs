using System.Globalization;

namespace NexudusCommunity.Sandbox;

/// <summary>Parses the date forms the API accepts in filters (always read as UTC).</summary>
internal static class DateParsing
{
    private static readonly string[] Formats =
    {
        "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm'Z'",
        "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss'Z'",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd",
    };

    public static bool TryParseUtc(string text, out DateTime value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (!DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value))
            return false;
        value = DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return true;
    }
}
