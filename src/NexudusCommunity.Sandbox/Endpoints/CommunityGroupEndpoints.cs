namespace NexudusCommunity.Sandbox;

/// <summary>/api/community/communitygroups: search, get, create, replace, delete and commands.</summary>
internal static class CommunityGroupEndpoints
{
    public const string Route = "/api/community/communitygroups";
    private const string Entity = "CommunityGroup";
    // The community-groups page shows validation failures as HTTP 500.
    private const int ValidationStatus = 500;

    public static void Map(WebApplication app, SandboxStore store)
    {
        app.MapGet(Route, (HttpContext c) => List(c, store));
        app.MapGet(Route + "/{id:int}", (HttpContext c, int id) => Get(c, store, id));
        app.MapPost(Route, AsyncHandler.Of(c => Create(c, store)));
        app.MapPut(Route, AsyncHandler.Of(c => Replace(c, store, null)));
        app.MapPut(Route + "/{id:int}", (HttpContext c, int id) => Replace(c, store, id));
        app.MapDelete(Route + "/{id:int}", (HttpContext c, int id) => Delete(c, store, id));
        app.MapGet(Route + "/commands", (HttpContext c) => GroupCommands.List(c));
        app.MapPost(Route + "/runcommand", AsyncHandler.Of(c => GroupCommands.Run(c, store)));
        app.MapPost(Route + "/runacommand", AsyncHandler.Of(c => GroupCommands.Run(c, store)));
    }

    private static IResult List(HttpContext context, SandboxStore store) =>
        Roles.Require(context, "CommunityGroup-List") ?? ListEndpoint.Handle(context, GroupJson.ListSpec, store.FindGroups);

    private static IResult Get(HttpContext context, SandboxStore store, int id)
    {
        if (Roles.Require(context, "CommunityGroup-Read") is { } denied) return denied;
        var group = store.GetGroup(id);
        return group == null ? ApiResults.NotFound(Entity, id) : ApiResults.Json(GroupJson.ToJson(group, includeMembers: true));
    }

    private static async Task<IResult> Create(HttpContext context, SandboxStore store)
    {
        if (Roles.Require(context, "CommunityGroup-Create") is { } denied) return denied;
        var body = await JsonRead.ReadObjectAsync(context.Request);
        if (body == null) return ApiResults.MalformedBody();
        // The owner defaults to the signed-in user when a create names none (PUT still clears a missing one).
        if (JsonRead.IsMissing(body["UserId"]) && Authenticator.GetUser(context) is { } actor) body["UserId"] = actor.UserId;
        var (draft, errors) = GroupInput.Read(body, store, isCreate: true);
        if (errors.Count > 0) return ApiResults.Invalid(ValidationStatus, errors);
        var by = Roles.ActingEmail(context);
        var created = store.AddGroup(draft, by);
        return ApiResults.Success($"Record '{created.Name}' has been succesfully created.", created.Id, by, created.UpdatedOn);
    }

    private static async Task<IResult> Replace(HttpContext context, SandboxStore store, int? routeId)
    {
        if (Roles.Require(context, "CommunityGroup-Edit") is { } denied) return denied;
        var body = await JsonRead.ReadObjectAsync(context.Request);
        if (body == null) return ApiResults.MalformedBody();
        var idNode = body["Id"];
        int id;
        if (!JsonRead.IsMissing(idNode))
        {
            if (!JsonRead.TryInt(idNode, out id)) return ApiResults.Invalid(ValidationStatus, "Id", "is not a valid number", idNode);
        }
        else if (routeId.HasValue) id = routeId.Value;
        else return ApiResults.Invalid(ValidationStatus, "Id", "may not be null or empty");

        if (store.GetGroup(id) == null) return ApiResults.NotFound(Entity, id);
        var (values, errors) = GroupInput.Read(body, store, isCreate: false);
        if (errors.Count > 0) return ApiResults.Invalid(ValidationStatus, errors);
        var by = Roles.ActingEmail(context);
        var updated = store.ReplaceGroup(id, values, by);
        return updated == null
            ? ApiResults.NotFound(Entity, id)
            : ApiResults.Success($"Record '{updated.Name}' has been succesfully updated.", id, by, updated.UpdatedOn);
    }

    private static IResult Delete(HttpContext context, SandboxStore store, int id)
    {
        if (Roles.Require(context, "CommunityGroup-Delete") is { } denied) return denied;
        return store.DeleteGroup(id) ? ApiResults.Deleted() : ApiResults.NotFound(Entity, id);
    }
}
