using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// The endpoints every entity has, from its description: search, get by Id, create, replace (PUT, with the Id in
/// the body or the path), delete, and its commands (list and run; "runacommand" as the group page's heading spells
/// it, too). Each checks the role the vendor's pages name.
/// </summary>
internal static class EntityEndpoints
{
    public static void Map(WebApplication app, SandboxServer server, SandboxEntity entity)
    {
        var store = server.Store;
        var route = entity.Route;
        app.MapGet(route, (HttpContext c) => List(c, store, entity));
        app.MapGet(route + "/{id:long}", (HttpContext c, long id) => Get(c, store, entity, id));
        if (entity.AcceptsWrites)
        {
            app.MapPost(route, AsyncHandler.Of(c => Create(c, server, entity)));
            app.MapPut(route, AsyncHandler.Of(c => Replace(c, store, entity, null)));
            app.MapPut(route + "/{id:long}", (HttpContext c, long id) => Replace(c, store, entity, id));
            app.MapDelete(route + "/{id:long}", (HttpContext c, long id) => Delete(c, store, entity, id));
        }
        if (entity.Spec.HasCommands)
        {
            app.MapGet(route + "/commands", (HttpContext c) =>
                Roles.Require(c, entity.Spec.Role("List")) ?? ApiResults.Json(CommandJson.ToJson(entity.Rules.Commands)));
            app.MapPost(route + "/runcommand", AsyncHandler.Of(c => RunCommand(c, store, entity)));
            app.MapPost(route + "/runacommand", AsyncHandler.Of(c => RunCommand(c, store, entity)));
        }
    }

    private static IResult List(HttpContext context, SandboxStore store, SandboxEntity entity)
    {
        var role = entity.Rules.ListRole(entity.Spec);
        var denied = role == null ? (Authenticator.GetUser(context) == null ? ApiResults.AccessDenied() : null) : Roles.Require(context, role);
        return denied ?? ListEndpoint.Handle(context, store, entity);
    }

    private static IResult Get(HttpContext context, SandboxStore store, SandboxEntity entity, long id)
    {
        if (Roles.Require(context, entity.Spec.Role("Read")) is { } denied) return denied;
        lock (store.Sync)
        {
            var record = store.Table(entity).Get(id);
            return record == null ? ApiResults.NotFound(entity.Name, id) : ApiResults.Json(RecordJson.Show(entity, record, store, detail: true));
        }
    }

    private static async Task<IResult> Create(HttpContext context, SandboxServer server, SandboxEntity entity)
    {
        var store = server.Store;
        if (Roles.Require(context, entity.Spec.Role("Create")) is { } denied) return denied;
        var body = await JsonRead.ReadObjectAsync(context.Request);
        if (body == null) return ApiResults.MalformedBody();
        var by = Roles.ActingEmail(context);
        lock (store.Sync)
        {
            var (record, errors) = BodyReader.Read(entity, body, existing: null, store);
            if (errors.Count > 0) return ApiResults.Invalid(entity.Rules.ValidationStatus, errors);
            var created = store.InsertStamped(entity, record, by);
            entity.Rules.Instruct(created, body);
            entity.Rules.Created(created, store);
            var name = entity.Spec.NameField == null ? null : (string)created[entity.Spec.NameField.Name];
            // The live API answers with the whole new record in Value (as a get of it shows it); older pages show the Id only.
            var value = server.CreateAnswer == CreateAnswer.Record ? RecordJson.Show(entity, created, store, detail: true) : null;
            return ApiResults.Success($"Record '{name ?? created["Id"]!.ToString()}' has been succesfully created.", JsonRead.Id(created), by, DateTime.UtcNow, value);
        }
    }

    private static async Task<IResult> Replace(HttpContext context, SandboxStore store, SandboxEntity entity, long? routeId)
    {
        if (Roles.Require(context, entity.Spec.Role("Edit")) is { } denied) return denied;
        var body = await JsonRead.ReadObjectAsync(context.Request);
        if (body == null) return ApiResults.MalformedBody();
        var status = entity.Rules.ValidationStatus;
        long id;
        if (!JsonRead.IsMissing(body["Id"]))
        {
            if (!JsonRead.TryLong(body["Id"], out id)) return ApiResults.Invalid(status, "Id", "is not a valid number", body["Id"]);
        }
        else if (routeId.HasValue) id = routeId.Value;
        else return ApiResults.Invalid(status, "Id", "may not be null or empty");

        var by = Roles.ActingEmail(context);
        lock (store.Sync)
        {
            var existing = store.Table(entity).Get(id);
            if (existing == null) return ApiResults.NotFound(entity.Name, id);
            var (record, errors) = BodyReader.Read(entity, body, existing, store);
            if (errors.Count > 0) return ApiResults.Invalid(status, errors);
            // Read-only fields stay as the server set them; everything the client may write is what it sent.
            foreach (var field in entity.Stored.Where(f => !f.IsWritable || f.Name == "Id"))
                if (existing.TryGetPropertyValue(field.Name, out var kept)) record[field.Name] = kept?.DeepClone();
            store.Touch(record, by);
            store.Table(entity).Replace(id, record);
            entity.Rules.Instruct(record, body);
            var name = entity.Spec.NameField == null ? null : (string)record[entity.Spec.NameField.Name];
            return ApiResults.Success($"Record '{name ?? id.ToString()}' has been succesfully updated.", id, by, DateTime.UtcNow);
        }
    }

    private static IResult Delete(HttpContext context, SandboxStore store, SandboxEntity entity, long id)
    {
        if (Roles.Require(context, entity.Spec.Role("Delete")) is { } denied) return denied;
        return store.Delete(entity, id) ? ApiResults.Deleted() : ApiResults.NotFound(entity.Name, id);
    }

    private static async Task<IResult> RunCommand(HttpContext context, SandboxStore store, SandboxEntity entity)
    {
        if (Roles.Require(context, entity.Spec.Role("Edit")) is { } denied) return denied;
        var body = await JsonRead.ReadObjectAsync(context.Request);
        if (body == null) return ApiResults.MalformedBody();
        var (request, error) = CommandRequest.Parse(body, entity.Rules.Commands.Concat(entity.Rules.UnlistedCommands).ToList());
        if (error != null) return error;
        var missing = request.Ids.FirstOrDefault(id => !store.Exists(entity, id));
        if (missing != 0) return ApiResults.NotFound(entity.Name, missing);
        var by = Roles.ActingEmail(context);
        var (message, failure) = entity.Rules.Run(request, store, by);
        return failure ?? ApiResults.Success(message, request.Ids.Count > 0 ? request.Ids[0] : null, by, DateTime.UtcNow);
    }
}
