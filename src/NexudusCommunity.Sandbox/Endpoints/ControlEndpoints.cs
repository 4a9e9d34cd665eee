using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// /_sandbox/*: test controls (no auth; the server only listens on loopback). Request log, faults (throttle
/// shapes, generic 500 bursts...), limits (per minute, hour and day, windows scalable), the demo ids, reset, seeding, token
/// controls and the token request log.
/// </summary>
internal static class ControlEndpoints
{
    public static void Map(WebApplication app, SandboxServer server)
    {
        app.MapGet("/_sandbox/requests", () => Results.Json(server.Requests.Snapshot(), SandboxJson.WriteOptions));
        app.MapDelete("/_sandbox/requests", () => { server.Requests.Clear(); return Ok("Request log cleared."); });

        app.MapGet("/_sandbox/faults", () => Results.Json(server.Faults, SandboxJson.WriteOptions));
        app.MapPost("/_sandbox/faults", async (HttpContext c) =>
        {
            var (settings, error) = await ReadAsync<FaultSettings>(c);
            if (settings == null) return Bad($"Body must be a FaultSettings JSON object{error}.");
            if (settings.Problem() is { } problem) return Bad(problem);
            // Every setting is taken from the body (absent = off); the Injected total keeps counting.
            server.Faults.CopyFrom(settings);
            return Results.Json(server.Faults, SandboxJson.WriteOptions);
        });
        app.MapDelete("/_sandbox/faults", () => { server.Faults.Reset(); return Ok("Faults reset."); });

        app.MapGet("/_sandbox/limits", () => Results.Json(server.Limits, SandboxJson.WriteOptions));
        app.MapPost("/_sandbox/limits", async (HttpContext c) =>
        {
            var (options, error) = c.Request.ContentLength == 0 ? (new RateLimitOptions(), null) : await ReadAsync<RateLimitOptions>(c);
            if (options == null) return Bad($"Body must be a RateLimitOptions JSON object{error}.");
            if (options.Problem() is { } problem) return Bad(problem);
            server.Limits = options;
            return Results.Json(options, SandboxJson.WriteOptions);
        });
        app.MapDelete("/_sandbox/limits", () => { server.Limits = null; return Ok("Limits off."); });

        // The reference data's ids (DemoIds, for this sandbox's first id), so tests name them without literals.
        app.MapGet("/_sandbox/ids", () =>
        {
            var start = server.Store.IdStart;
            return Results.Json(new JsonObject
            {
                ["IdStart"] = start,
                ["Businesses"] = new JsonArray(Enumerable.Range(1, DemoIds.Businesses).Select(n => (JsonNode)DemoIds.Business(n, start)).ToArray()),
                ["Coworkers"] = new JsonArray(Enumerable.Range(1, DemoIds.Coworkers).Select(n => (JsonNode)DemoIds.Coworker(n, start)).ToArray()),
                ["Users"] = new JsonArray(Enumerable.Range(1, DemoIds.Users).Select(n => (JsonNode)DemoIds.User(n, start)).ToArray()),
                ["FirstRecord"] = DemoIds.Record(start),
            }, SandboxJson.WriteOptions);
        });
        // What the sandbox started with (demo data, fixture); ?empty=true: only the businesses, coworkers and users.
        app.MapPost("/_sandbox/reset", (HttpContext c) =>
        {
            if (bool.TryParse(c.Request.Query["empty"], out var empty) && empty)
            {
                server.Store.Reset();
                return Ok("Store reset to its reference data (businesses, coworkers, users).");
            }
            server.ResetToStart();
            return Ok("Store reset to what the sandbox started with.");
        });
        app.MapGet("/_sandbox/settings", () => Settings(server));
        app.MapPost("/_sandbox/settings", async (HttpContext c) =>
        {
            var (settings, error) = await ReadAsync<JsonObject>(c);
            if (settings == null) return Bad($"Body must be a JSON object such as {{ \"CreateAnswer\": \"IdOnly\" }}{error}.");
            foreach (var (name, value) in settings)
            {
                if (!string.Equals(name, "CreateAnswer", StringComparison.OrdinalIgnoreCase))
                    return Bad($"Unknown setting '{name}'. Settings: CreateAnswer (Record or IdOnly).");
                if (value is not JsonValue text || !text.TryGetValue<string>(out var form) || !Enum.TryParse<CreateAnswer>(form, true, out var answer) || !Enum.IsDefined(answer))
                    return Bad($"CreateAnswer takes Record or IdOnly, not {value?.ToJsonString() ?? "null"}.");
                server.CreateAnswer = answer;
            }
            return Settings(server);
        });
        app.MapPost("/_sandbox/seed", async (HttpContext c) =>
        {
            using var reader = new StreamReader(c.Request.Body);
            var json = await reader.ReadToEndAsync(c.RequestAborted);
            try
            {
                server.Store.SeedJson(json);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
            {
                return Bad($"Fixture rejected: {e.Message}");
            }
            return Ok("Fixture applied.");
        });

        app.MapGet("/_sandbox/tokens", () => Results.Json(server.TokenRequests, SandboxJson.WriteOptions));
        app.MapDelete("/_sandbox/tokens", () => { server.Tokens.ClearRequests(); return Ok("Token request log cleared."); });
        app.MapPost("/_sandbox/tokens/revoke", () => { server.RevokeAllTokens(); return Ok("Access tokens revoked."); });
        app.MapPost("/_sandbox/tokens/lifetime", (HttpContext c) =>
        {
            string seconds = c.Request.Query["seconds"];
            if (!double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
                return Bad("Pass ?seconds=N.");
            server.TokenLifetime = TimeSpan.FromSeconds(value);
            return Ok($"Token lifetime is {value} s.");
        });
        app.MapGet("/_sandbox/stats", () => Results.Json(new JsonObject
        {
            ["Requests"] = server.Requests.Count(),
            ["ThrottledCount"] = server.ThrottledCount,
            ["FaultsInjected"] = server.Faults.Injected,
            ["Records"] = new JsonObject(SandboxEntities.All.Select(e => KeyValuePair.Create(e.Name, (JsonNode)server.Store.Count(e)))),
        }, SandboxJson.WriteOptions));
    }

    private static IResult Settings(SandboxServer server) =>
        Results.Json(new JsonObject { ["CreateAnswer"] = server.CreateAnswer.ToString() }, SandboxJson.WriteOptions);

    /// <summary>The body as T, or null and why (": ..." naming the JSON path the reader stopped at).</summary>
    private static async Task<(T Value, string Error)> ReadAsync<T>(HttpContext context) where T : class
    {
        try
        {
            return (await JsonSerializer.DeserializeAsync<T>(context.Request.Body, SandboxJson.ReadOptions, context.RequestAborted), null);
        }
        catch (JsonException e)
        {
            return (null, $" ({e.Message})");
        }
    }

    private static IResult Ok(string message) =>
        Results.Json(new JsonObject { ["Message"] = message, ["WasSuccessful"] = true }, SandboxJson.WriteOptions);

    private static IResult Bad(string message) =>
        Results.Json(new JsonObject { ["Message"] = message, ["WasSuccessful"] = false }, SandboxJson.WriteOptions, statusCode: 400);
}
