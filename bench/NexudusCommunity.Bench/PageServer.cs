using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NexudusCommunity.Sandbox;

namespace NexudusCommunity.Bench;

/// <summary>
/// A fast local server for the read benchmark: every list page of N community groups is rendered once, up front,
/// in the sandbox's record shape, and then served as bytes, so a measured read costs the client's work and the
/// loopback, not the server's. Also answers the sign-in, the business list and the command list Connect-Nexudus asks
/// for. Prints "listening <address>" and runs until its standard input closes.
/// </summary>
internal static class PageServer
{
    public static async Task<int> RunAsync(int records, int port)
    {
        var pages = new Dictionary<(int Page, int Size), byte[]>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var token = Encoding.UTF8.GetBytes("""{"access_token":"bench-token","token_type":"bearer","expires_in":86400,"refresh_token":"bench-refresh"}""");
        var businesses = Encoding.UTF8.GetBytes(Envelope(new JsonArray(new JsonObject { ["Id"] = DemoIds.SandboxCoworking, ["Name"] = "Bench", ["Active"] = true }), 1, 1, 1000).ToJsonString());
        app.MapPost("/api/token", () => Results.Bytes(token, "application/json"));
        app.MapGet("/api/sys/businesses", () => Results.Bytes(businesses, "application/json"));
        app.MapGet("/api/community/communitygroups/commands", () => Results.Bytes("[]"u8.ToArray(), "application/json"));
        app.MapGet("/api/community/communitygroups", (HttpContext context) =>
        {
            var page = int.TryParse(context.Request.Query["page"], out var p) && p > 0 ? p : 1;
            var size = int.TryParse(context.Request.Query["size"], out var s) && s > 0 ? Math.Min(s, 1000) : 25;
            byte[] body;
            lock (pages)
                if (!pages.TryGetValue((page, size), out body!)) pages[(page, size)] = body = Render(records, page, size);
            return Results.Bytes(body, "application/json; charset=utf-8");
        });
        // Render every full page now, so no measured read pays for it.
        for (var page = 1; (page - 1) * 1000 < records; page++) pages[(page, 1000)] = Render(records, page, 1000);
        await app.StartAsync();
        Console.WriteLine($"listening http://127.0.0.1:{port}/");
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
        return 0;
    }

    /// <summary>A page as the sandbox shows it: the group fields a list carries, with realistic values.</summary>
    private static byte[] Render(int total, int page, int size)
    {
        var records = new JsonArray();
        var created = new DateTime(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc);
        for (var i = (page - 1) * size; i < Math.Min(total, page * size); i++)
            records.Add(new JsonObject
            {
                ["Id"] = DemoIds.FirstRecord + i,
                ["BusinessId"] = DemoIds.SandboxCoworking,
                ["BusinessName"] = "Sandbox Coworking",
                ["UserId"] = DemoIds.FirstUser,
                ["Name"] = $"Group {i:000000} of the bench",
                ["Description"] = "A group made for the read benchmark, with a description of ordinary length.",
                ["GroupAccess"] = 1 + i % 3,
                ["TeamGuid"] = null,
                ["CourseGuid"] = null,
                ["CreatedOn"] = created.AddMinutes(i).ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
                ["UpdatedOn"] = created.AddMinutes(i + 1).ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
                ["UpdatedBy"] = "admin@example.com",
                ["UniqueId"] = new Guid(i, 0, 0, new byte[8]).ToString(),
                ["IsNew"] = false,
                ["SystemId"] = null,
            });
        return Encoding.UTF8.GetBytes(Envelope(records, total, page, size).ToJsonString());
    }

    private static JsonObject Envelope(JsonArray records, int total, int page, int size)
    {
        var totalPages = (total + size - 1) / size;
        return new JsonObject
        {
            ["Records"] = records,
            ["CurrentPageSize"] = records.Count,
            ["CurrentPage"] = page,
            ["CurrentOrderField"] = "Id",
            ["CurrentSortDirection"] = 1,
            ["HasNextPage"] = page < totalPages,
            ["HasPreviousPage"] = page > 1,
            ["PageNumber"] = page,
            ["PageSize"] = size,
            ["TotalItems"] = total,
            ["TotalPages"] = totalPages,
        };
    }
}
