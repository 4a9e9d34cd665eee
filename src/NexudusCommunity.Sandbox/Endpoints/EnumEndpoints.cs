using System.Reflection;
using System.Text.Json.Nodes;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// GET /api/utils/enums?name=X for any signed-in user: the values of the API enums the module's models mirror
/// ([ApiEnum] on GroupAccess, CoworkerType...), as [{Id, Name, Label}]; an unknown name is a 404.
/// </summary>
internal static class EnumEndpoints
{
    private static readonly Dictionary<string, Type> Known = typeof(Models.GroupAccess).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.GetCustomAttribute<ApiEnumAttribute>() != null)
        .ToDictionary(t => t.GetCustomAttribute<ApiEnumAttribute>()!.Name, StringComparer.OrdinalIgnoreCase);

    public static void Map(WebApplication app) => app.MapGet("/api/utils/enums", (HttpContext c) =>
    {
        if (Authenticator.GetUser(c) == null) return ApiResults.AccessDenied();
        string name = c.Request.Query["name"];
        if (string.IsNullOrWhiteSpace(name)) return ApiResults.BadParameter("name", name, "Pass ?name= with the enum's name, such as eCommunityThreadVisibility.");
        if (!Known.TryGetValue(name.Trim(), out var type))
            return ApiResults.Json(new JsonObject { ["Message"] = $"Enum '{name}' was not found.", ["WasSuccessful"] = false, ["Status"] = 404 }, 404);
        return ApiResults.Json(new JsonArray(Enum.GetValues(type).Cast<object>()
            .Select(v => (JsonNode)new JsonObject { ["Id"] = Convert.ToInt32(v), ["Name"] = v.ToString(), ["Label"] = v.ToString() }).ToArray()));
    });
}
