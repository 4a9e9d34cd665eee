using System.Globalization;
using System.Text.Json.Nodes;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// The "search" GET every entity has: filters from its description (ANDed), ordering and paging, answered with
/// the paging envelope. Query names are matched in any case, so orderby/orderBy and From_/from_ are one.
/// In the default order (Id) a page is read straight off the table: no copy or sort of the whole store, so a page
/// costs the same at 100 records or 100,000 (a filter or another order costs one pass over the table).
/// </summary>
internal static class ListEndpoint
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 1000;

    public static IResult Handle(HttpContext context, SandboxStore store, SandboxEntity entity)
    {
        var query = context.Request.Query;
        var (predicates, error) = ListFilters.Parse(query, entity);
        if (error != null) return error;
        if (!TryPaging(query, out var page, out var size, out var pagingError)) return pagingError;

        var sortField = entity.Spec.Field("Id");
        // Query names match in any case here, so "orderby" (old pages), "orderBy" (new) and "From_"/"from_" all bind.
        string orderBy = query["orderBy"];
        if (!string.IsNullOrWhiteSpace(orderBy))
        {
            sortField = SortField(entity, orderBy);
            if (sortField == null)
                return ApiResults.BadParameter("orderBy", orderBy, $"The value '{orderBy}' is not a valid field for parameter 'orderBy'.");
        }
        string dirText = query["dir"];
        if (string.IsNullOrWhiteSpace(dirText)) dirText = query["sort"];
        if (!TryDirection(dirText, out var descending))
            return ApiResults.BadParameter(query.ContainsKey("dir") ? "dir" : "sort", dirText);

        var skip = (int)Math.Min(int.MaxValue, (long)(page - 1) * size);
        lock (store.Sync)
        {
            var table = store.Table(entity);
            List<JsonObject> pageRecords;
            int total;
            if (entity.Spec.BatchReadsFullRecords && IdBatch(query) is { } batch)
                return ApiResults.Json(new JsonArray(batch.Select(id => table.Get(id)).Where(r => r != null)
                    .Select(r => (JsonNode)RecordJson.Show(entity, r, store, detail: true)).ToArray()));
            var key = sortField.Name;
            var ordered = key == "Id" ? null : table.OrderedBy(key, store.Generation,
                records => records.OrderBy(r => SortKey(r[key]), SortKeyComparer.Instance).ThenBy(r => JsonRead.Id(r)));
            if (predicates.Count == 0)
            {
                total = table.Count;
                pageRecords = (ordered == null ? table.Slice(skip, size, descending) : InOrder(ordered, descending).Skip(skip).Take(size)).ToList();
            }
            else
            {
                pageRecords = new List<JsonObject>(size);
                total = 0;
                foreach (var record in ordered == null ? table.InIdOrder(descending) : InOrder(ordered, descending))
                {
                    if (!predicates.All(p => p(record))) continue;
                    if (total >= skip && pageRecords.Count < size) pageRecords.Add(record);
                    total++;
                }
            }
            var shown = pageRecords.Select(r => RecordJson.Show(entity, r, store, detail: false));
            return ApiResults.Json(Envelope(shown, total, page, size, sortField.Name, descending));
        }
    }

    public static JsonObject Envelope(IEnumerable<JsonObject> pageRecords, int totalItems, int page, int size, string orderField, bool descending)
    {
        var records = new JsonArray();
        foreach (var record in pageRecords) records.Add(record);
        var totalPages = totalItems == 0 ? 0 : (int)((totalItems + (long)size - 1) / size);
        var first = records.Count == 0 ? 0 : (long)(page - 1) * size + 1;
        var last = records.Count == 0 ? 0 : first + records.Count - 1;
        return new JsonObject
        {
            ["Records"] = records,
            ["CurrentPageSize"] = records.Count,
            ["CurrentPage"] = page,
            ["CurrentOrderField"] = orderField,
            ["CurrentSortDirection"] = descending ? 2 : 1,
            ["FirstItem"] = first,
            ["HasNextPage"] = page < totalPages,
            ["HasPreviousPage"] = page > 1,
            ["LastItem"] = last,
            ["PageNumber"] = page,
            ["PageSize"] = size,
            ["TotalItems"] = totalItems,
            ["TotalPages"] = totalPages,
        };
    }

    public static bool TryPaging(IQueryCollection query, out int page, out int size, out IResult error)
    {
        page = 1;
        size = DefaultPageSize;
        error = null;
        string pageText = query["page"];
        if (!string.IsNullOrWhiteSpace(pageText))
        {
            if (!int.TryParse(pageText.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out page)) { error = ApiResults.BadParameter("page", pageText); return false; }
            if (page < 1) page = 1;
        }
        string sizeText = query["size"];
        if (!string.IsNullOrWhiteSpace(sizeText))
        {
            if (!int.TryParse(sizeText.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out size)) { error = ApiResults.BadParameter("size", sizeText); return false; }
            if (size < 1) size = DefaultPageSize;
            if (size > MaxPageSize) size = MaxPageSize;
        }
        return true;
    }

    /// <summary>A sortable field by name or alias, optionally prefixed "CommunityGroup_" or "CommunityGroup.".</summary>
    private static FieldSpec SortField(SandboxEntity entity, string name)
    {
        name = name.Trim();
        var prefix = entity.Name;
        if (name.Length > prefix.Length + 1 && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name[prefix.Length] is '_' or '.')
            name = name[(prefix.Length + 1)..];
        var field = entity.Spec.Field(name);
        return field != null && !field.IsWriteOnly ? field : null;
    }

    /// <summary>"id=[1,2,3]": the documented batch read (of the entities whose model names it), answered with a bare array of full records.</summary>
    private static List<long> IdBatch(IQueryCollection query)
    {
        string text = query["id"];
        return text != null && text.TrimStart().StartsWith('[') && JsonRead.TryParseIdList(text, out var ids) ? ids : null;
    }

    /// <summary>An ascending order as it is, or backwards: by the field descending, then by Id descending.</summary>
    private static IEnumerable<JsonObject> InOrder(IReadOnlyList<JsonObject> ascending, bool descending)
    {
        if (!descending)
            for (var i = 0; i < ascending.Count; i++) yield return ascending[i];
        else
            for (var i = ascending.Count - 1; i >= 0; i--) yield return ascending[i];
    }

    private static IComparable SortKey(JsonNode node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out int i) => i,
        JsonValue v when v.TryGetValue(out bool b) => b,
        JsonValue v when v.TryGetValue(out string s) => s,
        _ => node.ToJsonString(),
    };

    // Every convention the pages use: names (old pages), 1/-1 (one new page), 0/1 (another), and the enum's own
    // numbers (Ascending 1, Descending 2, as CurrentSortDirection reports them). "1" is ascending: so say the
    // 1/-1 page and the enum; only the 0/1 page reads it as descending, and it is the odd one out.
    private static bool TryDirection(string text, out bool descending)
    {
        descending = false;
        if (string.IsNullOrWhiteSpace(text)) return true;
        switch (text.Trim().ToLowerInvariant())
        {
            case "ascending" or "asc" or "0" or "1": return true;
            case "descending" or "desc" or "-1" or "2": descending = true; return true;
            default: return false;
        }
    }
}

/// <summary>Compares sort keys: nulls first, text case-insensitively.</summary>
internal sealed class SortKeyComparer : IComparer<IComparable>
{
    public static readonly SortKeyComparer Instance = new();

    public int Compare(IComparable x, IComparable y)
    {
        if (x == null) return y == null ? 0 : -1;
        if (y == null) return 1;
        if (x is string a && y is string b) return StringComparer.OrdinalIgnoreCase.Compare(a, b);
        return x.GetType() == y.GetType() ? x.CompareTo(y) : StringComparer.Ordinal.Compare(x.ToString(), y.ToString());
    }
}
