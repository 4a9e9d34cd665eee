using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>/api/community/videorooms: search, get, create, replace, delete; no commands.</summary>
internal static class VideoRoomEndpoints
{
    public const string Route = "/api/community/videorooms";
    private const string Entity = "VideoRoom";
    // The video-room page shows validation failures as HTTP 400.
    private const int ValidationStatus = 400;

    public static void Map(WebApplication app, SandboxStore store)
    {
        app.MapGet(Route, (HttpContext c) => List(c, store));
        app.MapGet(Route + "/{id:int}", (HttpContext c, int id) => Get(c, store, id));
        app.MapPost(Route, AsyncHandler.Of(c => Create(c, store)));
        app.MapPut(Route, AsyncHandler.Of(c => Replace(c, store, null)));
        app.MapPut(Route + "/{id:int}", (HttpContext c, int id) => Replace(c, store, id));
        app.MapDelete(Route + "/{id:int}", (HttpContext c, int id) => Delete(c, store, id));
        app.MapGet(Route + "/commands", (HttpContext c) => Roles.Require(c, "VideoRoom-List") ?? ApiResults.Json(new JsonArray()));
        app.MapPost(Route + "/runcommand", AsyncHandler.Of(RunCommand));
        app.MapPost(Route + "/runacommand", AsyncHandler.Of(RunCommand));
    }

    private static IResult List(HttpContext context, SandboxStore store) =>
        Roles.Require(context, "VideoRoom-List") ?? ListEndpoint.Handle(context, RoomJson.ListSpec, store.FindRooms);

    private static IResult Get(HttpContext context, SandboxStore store, int id)
    {
        if (Roles.Require(context, "VideoRoom-Read") is { } denied) return denied;
        var room = store.GetRoom(id);
        return room == null ? ApiResults.NotFound(Entity, id) : ApiResults.Json(RoomJson.ToJson(room));
    }

    private static async Task<IResult> Create(HttpContext context, SandboxStore store)
    {
        if (Roles.Require(context, "VideoRoom-Create") is { } denied) return denied;
        var body = await JsonRead.ReadObjectAsync(context.Request);
        if (body == null) return ApiResults.MalformedBody();
        var input = RoomInput.Read(body, store);
        if (input.Errors.Count > 0) return ApiResults.Invalid(ValidationStatus, input.Errors);
        var by = Roles.ActingEmail(context);
        var created = store.CreateRoom(input.Room, input.NewImageUrl, input.ClearImage, by);
        return ApiResults.Success("VideoRoom was successfully created.", created.Id, by, created.UpdatedOn);
    }

    private static async Task<IResult> Replace(HttpContext context, SandboxStore store, int? routeId)
    {
        if (Roles.Require(context, "VideoRoom-Edit") is { } denied) return denied;
        var body = await JsonRead.ReadObjectAsync(context.Request);
        if (body == null) return ApiResults.MalformedBody();
        var idNode = body["Id"];
        int id;
        if (!JsonRead.IsMissing(idNode))
        {
            if (!JsonRead.TryInt(idNode, out id)) return ApiResults.Invalid(ValidationStatus, "Id", "is not a valid number", idNode);
        }
        else if (routeId.HasValue) id = routeId.Value;
        else return ApiResults.Invalid(ValidationStatus, "Id", "is a required field");

        if (store.GetRoom(id) == null) return ApiResults.NotFound(Entity, id);
        var input = RoomInput.Read(body, store);
        if (input.Errors.Count > 0) return ApiResults.Invalid(ValidationStatus, input.Errors);
        var by = Roles.ActingEmail(context);
        var updated = store.ReplaceRoom(id, input.Room, input.NewImageUrl, input.ClearImage, by);
        return updated == null
            ? ApiResults.NotFound(Entity, id)
            : ApiResults.Success("VideoRoom was successfully updated.", id, by, updated.UpdatedOn);
    }

    private static IResult Delete(HttpContext context, SandboxStore store, int id)
    {
        if (Roles.Require(context, "VideoRoom-Delete") is { } denied) return denied;
        return store.DeleteRoom(id) ? ApiResults.Deleted() : ApiResults.NotFound(Entity, id);
    }

    private static async Task<IResult> RunCommand(HttpContext context)
    {
        if (Roles.Require(context, "VideoRoom-Edit") is { } denied) return denied;
        var body = await JsonRead.ReadObjectAsync(context.Request);
        if (body == null) return ApiResults.MalformedBody();
        var (_, error) = CommandRequest.Parse(body, Array.Empty<CommandDefinition>());
        return error;
    }
}
