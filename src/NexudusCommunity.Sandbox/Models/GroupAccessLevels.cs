namespace NexudusCommunity.Sandbox;

/// <summary>The eCommunityThreadVisibility values, accepted by number or by name.</summary>
public static class GroupAccessLevels
{
    public const int Restricted = 1;
    public const int Public = 2;
    public const int Private = 3;

    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return IsValid(number);
        }
        value = text.ToLowerInvariant() switch
        {
            "restricted" => Restricted,
            "public" => Public,
            "private" => Private,
            _ => 0,
        };
        return value != 0;
    }

    public static bool IsValid(int value) => value is >= Restricted and <= Private;
}
