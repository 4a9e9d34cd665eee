using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// The shared "search" GET: filters (ANDed), ordering and paging, answered with the paging envelope.
/// </summary>
internal static class ListEndpoint
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 1000;

    public static IResult Handle<T>(HttpContext context, EntityListSpec<T> spec, Func<Func<T, bool>, List<T>> find)
    {
        var query = context.Request.Query;

        var predicates = new List<Func<T, bool>>();
        foreach (var filter in spec.Filters)
        {
            string value = query[filter.Name];
            if (string.IsNullOrWhiteSpace(value)) continue;
            var predicate = filter.Parse(value.Trim());
            if (predicate == null) return ApiResults.BadParameter(filter.Name, value);
            predicates.Add(predicate);
        }

        if (!TryPaging(query, out var page, out var size, out var pagingError)) return pagingError;

        var sortField = spec.FindSortField("Id");
        // Query names match in any case here, so "orderby" (old pages), "orderBy" (new) and "From_"/"from_" all bind.
        string orderBy = query["orderBy"];
        if (!string.IsNullOrWhiteSpace(orderBy))
        {
            sortField = spec.FindSortField(orderBy);
            if (sortField == null)
                return ApiResults.BadParameter("orderBy", orderBy, $"The value '{orderBy}' is not a valid field for parameter 'orderBy'.");
        }

        string dirText = query["dir"];
        if (string.IsNullOrWhiteSpace(dirText)) dirText = query["sort"];
        if (!TryDirection(dirText, out var descending))
            return ApiResults.BadParameter(query.ContainsKey("dir") ? "dir" : "sort", dirText);

        var matches = find(item => predicates.All(p => p(item)));
        var ordered = descending
            ? matches.OrderByDescending(sortField.Key, SortKeyComparer.Instance).ThenByDescending(spec.Id)
            : matches.OrderBy(sortField.Key, SortKeyComparer.Instance).ThenBy(spec.Id);
        var pageItems = ordered.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * size)).Take(size).ToList();

        return ApiResults.Json(Envelope(pageItems.Select(spec.ToRecord), matches.Count, page, size, sortField.Name, descending));
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
            if (!ListFilter<object>.TryInt(pageText, out page)) { error = ApiResults.BadParameter("page", pageText); return false; }
            if (page < 1) page = 1;
        }
        string sizeText = query["size"];
        if (!string.IsNullOrWhiteSpace(sizeText))
        {
            if (!ListFilter<object>.TryInt(sizeText, out size)) { error = ApiResults.BadParameter("size", sizeText); return false; }
            if (size < 1) size = DefaultPageSize;
            if (size > MaxPageSize) size = MaxPageSize;
        }
        return true;
    }

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
