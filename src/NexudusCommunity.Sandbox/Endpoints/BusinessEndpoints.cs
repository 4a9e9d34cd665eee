using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>GET /api/sys/businesses: the businesses the user can see, in the paging envelope. Any signed-in user.</summary>
internal static class BusinessEndpoints
{
    public const string Route = "/api/sys/businesses";

    public static void Map(WebApplication app, SandboxStore store)
    {
        app.MapGet(Route, (HttpContext c) => List(c, store));
        app.MapGet(Route + "/{id:int}", (HttpContext c, int id) =>
        {
            var business = store.Businesses.FirstOrDefault(b => b.Id == id);
            return business == null ? ApiResults.NotFound("Business", id) : ApiResults.Json(ToJson(business));
        });
    }

    private static IResult List(HttpContext context, SandboxStore store)
    {
        if (!ListEndpoint.TryPaging(context.Request.Query, out var page, out var size, out var error)) return error;
        var all = store.Businesses.OrderBy(b => b.Id).ToList();
        var pageItems = all.Skip((page - 1) * size).Take(size).Select(ToJson);
        return ApiResults.Json(ListEndpoint.Envelope(pageItems, all.Count, page, size, "Id", descending: false));
    }

    private static JsonObject ToJson(Business b) => new()
    {
        ["Id"] = b.Id,
        ["Name"] = b.Name,
        ["WebAddress"] = b.WebAddress,
        ["Currency"] = b.Currency,
        ["TimeZone"] = b.TimeZone,
        ["Active"] = b.Active,
        ["CreatedOn"] = SandboxJson.FormatDate(b.CreatedOn),
        ["UpdatedOn"] = SandboxJson.FormatDate(b.UpdatedOn),
        ["UniqueId"] = b.UniqueId.ToString(),
    };
}
