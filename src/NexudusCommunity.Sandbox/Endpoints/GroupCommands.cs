namespace NexudusCommunity.Sandbox;

/// <summary>The community-group commands, with real effects on the store.</summary>
internal static class GroupCommands
{
    public static readonly IReadOnlyList<CommandDefinition> Definitions = new CommandDefinition[]
    {
        new("RENAME_GROUP", "Rename group", false, true, false, true, 1,
            new[] { new CommandParameter("New name", "string") }),
        new("SET_PRIVATE", "Make groups private", false, false, false, true, 2, Array.Empty<CommandParameter>()),
        new("SET_PUBLIC", "Make groups public", false, false, false, true, 3, Array.Empty<CommandParameter>()),
        new("MERGE_GROUPS", "Merge the second group into the first", false, false, true, true, 4, Array.Empty<CommandParameter>()),
        new("ADD_MEMBER", "Add a member to the group", false, true, false, true, 5,
            new[] { new CommandParameter("Member Id", "int"), new CommandParameter("Notify", "Boolean") }),
        new("PURGE_EMPTY_GROUPS", "Delete groups without members", false, false, false, false, 6,
            Array.Empty<CommandParameter>(), DisplayInGrid: false),
    };

    public static IResult List(HttpContext context) =>
        Roles.Require(context, "CommunityGroup-List") ?? ApiResults.Json(CommandJson.ToJson(Definitions));

    public static async Task<IResult> Run(HttpContext context, SandboxStore store)
    {
        if (Roles.Require(context, "CommunityGroup-Edit") is { } denied) return denied;
        var body = await JsonRead.ReadObjectAsync(context.Request);
        if (body == null) return ApiResults.MalformedBody();
        var (request, error) = CommandRequest.Parse(body, Definitions);
        if (error != null) return error;
        var missing = store.MissingGroups(request.Ids);
        if (missing.Count > 0) return ApiResults.NotFound("CommunityGroup", missing[0]);

        var by = Roles.ActingEmail(context);
        var ids = request.Ids;
        string message;
        switch (request.Command.Key)
        {
            case "RENAME_GROUP":
                var newName = (string)request.Values[0];
                if (newName.Length > GroupInput.MaxNameLength)
                    return ApiResults.Invalid(400, "New name", $"may not be longer than {GroupInput.MaxNameLength} characters", newName);
                if (!store.UpdateGroup(ids[0], g => g.Name = newName, by)) return ApiResults.NotFound("CommunityGroup", ids[0]);
                message = $"Group renamed to '{newName}'";
                break;
            case "SET_PRIVATE":
            case "SET_PUBLIC":
                var isPrivate = request.Command.Key == "SET_PRIVATE";
                var access = isPrivate ? GroupAccessLevels.Private : GroupAccessLevels.Public;
                var changed = ids.Count(id => store.UpdateGroup(id, g => g.GroupAccess = access, by));
                message = $"{changed} {(changed == 1 ? "group" : "groups")} set to {(isPrivate ? "private" : "public")}";
                break;
            case "MERGE_GROUPS":
                if (!store.MergeGroups(ids[0], ids[1], by)) return ApiResults.NotFound("CommunityGroup", ids[0]);
                message = $"Group {ids[1]} merged into group {ids[0]}";
                break;
            case "ADD_MEMBER":
                var member = (int)request.Values[0];
                if (!store.UserExists(member))
                    return ApiResults.Invalid(400, "Member Id", $"{member} is not an existing user", member);
                if (!store.UpdateGroup(ids[0], g => { if (!g.Members.Contains(member)) g.Members.Add(member); }, by))
                    return ApiResults.NotFound("CommunityGroup", ids[0]);
                message = $"Member {member} added to group {ids[0]}";
                break;
            case "PURGE_EMPTY_GROUPS":
                var purged = store.PurgeEmptyGroups();
                message = $"{purged} empty {(purged == 1 ? "group" : "groups")} deleted";
                break;
            default:
                return ApiResults.Invalid(400, "Key", $"Unknown command key '{request.Command.Key}'");
        }
        return ApiResults.Success(message, ids.Count > 0 ? ids[0] : null, by, DateTime.UtcNow);
    }
}
