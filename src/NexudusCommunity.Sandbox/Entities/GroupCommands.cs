using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>The community-group commands, with real effects on the store.</summary>
internal static class GroupCommands
{
    private static SandboxEntity Groups => SandboxEntities.CommunityGroup;

    public static readonly IReadOnlyList<CommandDefinition> Listed = new CommandDefinition[]
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

    /// <summary>Runs when called by key, but GET .../commands leaves it out (as the live API's list leaves some out).</summary>
    public static readonly IReadOnlyList<CommandDefinition> Unlisted = new CommandDefinition[]
    {
        new("SET_RESTRICTED", "Make groups restricted", false, false, false, true, 7, Array.Empty<CommandParameter>()),
    };

    public static (string Message, IResult Error) Run(CommandRequest request, SandboxStore store, string by)
    {
        var ids = request.Ids;
        switch (request.Command.Key)
        {
            case "RENAME_GROUP":
                var newName = (string)request.Values[0];
                if (newName.Length > 200)
                    return (null, ApiResults.Invalid(400, "New name", "may not be longer than 200 characters", newName));
                store.Update(Groups, ids[0], g => g["Name"] = newName, by);
                return ($"Group renamed to '{newName}'", null);
            case "SET_PRIVATE":
            case "SET_PUBLIC":
            case "SET_RESTRICTED":
                var (access, word) = request.Command.Key switch
                {
                    "SET_PRIVATE" => (CommunityGroupRules.Private, "private"),
                    "SET_PUBLIC" => (CommunityGroupRules.Public, "public"),
                    _ => (CommunityGroupRules.Restricted, "restricted"),
                };
                var changed = ids.Count(id => store.Update(Groups, id, g => g["GroupAccess"] = access, by));
                return ($"{changed} {(changed == 1 ? "group" : "groups")} set to {word}", null);
            case "MERGE_GROUPS":
                lock (store.Sync)
                {
                    var from = store.Table(Groups).Get(ids[1]);
                    JsonRead.TryIdList(from["Members"], out var moving);
                    store.Update(Groups, ids[0], g =>
                    {
                        JsonRead.TryIdList(g["Members"], out var members);
                        g["Members"] = new JsonArray(members.Concat(moving).Distinct().Select(m => (JsonNode)m).ToArray());
                    }, by);
                    store.Delete(Groups, ids[1]);
                }
                return ($"Group {ids[1]} merged into group {ids[0]}", null);
            case "ADD_MEMBER":
                var member = (long)request.Values[0];
                if (!store.Exists(SandboxEntities.Coworker, member))
                    return (null, ApiResults.Invalid(400, "Member Id", $"{member} is not an existing coworker", member));
                store.Update(Groups, ids[0], g =>
                {
                    JsonRead.TryIdList(g["Members"], out var members);
                    if (!members.Contains(member)) members.Add(member);
                    g["Members"] = new JsonArray(members.Select(m => (JsonNode)m).ToArray());
                }, by);
                return ($"Member {member} added to group {ids[0]}", null);
            case "PURGE_EMPTY_GROUPS":
                int purged;
                lock (store.Sync)
                {
                    var empty = store.Table(Groups).InIdOrder(false)
                        .Where(g => !JsonRead.TryIdList(g["Members"], out var m) || m.Count == 0)
                        .Select(g => JsonRead.Id(g)).ToList();
                    foreach (var id in empty) store.Delete(Groups, id);
                    purged = empty.Count;
                }
                return ($"{purged} empty {(purged == 1 ? "group" : "groups")} deleted", null);
            default:
                return (null, ApiResults.Invalid(400, "Key", $"Unknown command key '{request.Command.Key}'"));
        }
    }
}
