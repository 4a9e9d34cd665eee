using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>Everything the generic list endpoint needs to know about one entity.</summary>
internal sealed class EntityListSpec<T>
{
    public required Func<T, int> Id { get; init; }
    public required IReadOnlyList<SortField<T>> SortFields { get; init; }
    public required IReadOnlyList<ListFilter<T>> Filters { get; init; }
    public required Func<T, JsonObject> ToRecord { get; init; }
    /// <summary>Prefix the sort field may carry, e.g. "CommunityGroup" in "CommunityGroup_Name" or "CommunityGroup.Name".</summary>
    public string EntityPrefix { get; init; }

    public SortField<T> FindSortField(string name)
    {
        name = name.Trim();
        if (EntityPrefix != null && name.Length > EntityPrefix.Length + 1 &&
            name.StartsWith(EntityPrefix, StringComparison.OrdinalIgnoreCase) && name[EntityPrefix.Length] is '_' or '.')
            name = name[(EntityPrefix.Length + 1)..];
        return SortFields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}
