namespace NexudusCommunity.Sandbox;

/// <summary>A field the list can be ordered by: its canonical name and the value to compare.</summary>
internal sealed record SortField<T>(string Name, Func<T, IComparable> Key);

/// <summary>Compares sort keys: nulls first, text case-insensitively.</summary>
internal sealed class SortKeyComparer : IComparer<IComparable>
{
    public static readonly SortKeyComparer Instance = new();

    public int Compare(IComparable x, IComparable y)
    {
        if (x == null) return y == null ? 0 : -1;
        if (y == null) return 1;
        if (x is string a && y is string b) return StringComparer.OrdinalIgnoreCase.Compare(a, b);
        return x.CompareTo(y);
    }
}
