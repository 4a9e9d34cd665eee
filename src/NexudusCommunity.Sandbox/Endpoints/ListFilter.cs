using System.Globalization;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// One query-string filter: its parameter name and how to turn the value into a predicate
/// (null = the value does not parse, which the endpoint answers with a 400 naming the parameter).
/// </summary>
internal sealed record ListFilter<T>(string Name, Func<string, Func<T, bool>> Parse)
{
    public static ListFilter<T> Int(string name, Func<T, int> field) =>
        new(name, text => TryInt(text, out var v) ? item => field(item) == v : null);

    public static ListFilter<T> IdList(string name, Func<T, int> field) =>
        new(name, text => JsonRead.TryParseIdList(text, out var ids) ? ToSet(ids, field) : null);

    public static ListFilter<T> Contains(string name, Func<T, string> field) =>
        new(name, text => item => field(item)?.Contains(text, StringComparison.OrdinalIgnoreCase) == true);

    public static ListFilter<T> Bool(string name, Func<T, bool> field) =>
        new(name, text => JsonRead.TryBoolText(text, out var v) ? item => field(item) == v : null);

    public static ListFilter<T> From(string name, Func<T, DateTime> field) =>
        new(name, text => DateParsing.TryParseUtc(text, out var v) ? item => field(item) >= v : null);

    public static ListFilter<T> To(string name, Func<T, DateTime> field) =>
        new(name, text => DateParsing.TryParseUtc(text, out var v) ? item => field(item) <= v : null);

    public static bool TryInt(string text, out int value) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    private static Func<T, bool> ToSet(List<int> ids, Func<T, int> field)
    {
        var set = ids.ToHashSet();
        return item => set.Contains(field(item));
    }
}
