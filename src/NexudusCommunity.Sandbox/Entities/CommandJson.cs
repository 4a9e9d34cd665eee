using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>Command metadata as the commands endpoint shows it.</summary>
internal static class CommandJson
{
    public static JsonArray ToJson(IEnumerable<CommandDefinition> commands)
    {
        var array = new JsonArray();
        foreach (var c in commands)
        {
            var parameters = new JsonArray();
            foreach (var p in c.RequiresParameters) parameters.Add(new JsonObject { ["Name"] = p.Name, ["Type"] = p.Type });
            array.Add(new JsonObject
            {
                ["Key"] = c.Key,
                ["Name"] = c.Name,
                ["AppliesOnlyToMultipleEntities"] = c.AppliesOnlyToMultipleEntities,
                ["DisplayInDropdown"] = c.DisplayInDropdown,
                ["DisplayInDropdownV2"] = c.DisplayInDropdownV2,
                ["AppliesOnlyToOneEntity"] = c.AppliesOnlyToOneEntity,
                ["AppliesOnlyToTwoEntities"] = c.AppliesOnlyToTwoEntities,
                ["DisplayInGrid"] = c.DisplayInGrid,
                ["NeedsEntitiesToRun"] = c.NeedsEntitiesToRun,
                ["Order"] = c.Order,
                ["RequiresParameters"] = parameters,
            });
        }
        return array;
    }
}
