using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// A runcommand body checked against the command's metadata: the key exists, the number of ids fits,
/// and each required parameter is present with the right type. Parameters match by position.
/// </summary>
internal sealed class CommandRequest
{
    public CommandDefinition Command { get; private init; }
    public List<long> Ids { get; private init; }
    public List<object> Values { get; private init; }

    public static (CommandRequest Request, IResult Error) Parse(JsonObject body, IReadOnlyList<CommandDefinition> commands)
    {
        var keyNode = body["Key"];
        JsonRead.TryString(keyNode, out var key);
        var command = commands.FirstOrDefault(c => string.Equals(c.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (command == null) return (null, ApiResults.Invalid(400, "Key", $"Unknown command key '{key}'", keyNode));

        var idsNode = body["Ids"];
        var ids = new List<long>();
        if (!JsonRead.IsMissing(idsNode) && !JsonRead.TryIdList(idsNode, out ids))
            return (null, ApiResults.Invalid(400, "Ids", "must be a list of record ids", idsNode));
        ids = ids.Distinct().ToList();
        if (CountProblem(command, ids.Count) is { } countProblem)
            return (null, ApiResults.Invalid(400, "Ids", countProblem, idsNode));

        var supplied = body["Parameters"] as JsonArray ?? new JsonArray();
        var values = new List<object>();
        for (var i = 0; i < command.RequiresParameters.Count; i++)
        {
            var parameter = command.RequiresParameters[i];
            var node = ValueFor(supplied, parameter.Name, i);
            if (JsonRead.IsMissing(node))
                return (null, ApiResults.Invalid(400, parameter.Name, "is a required parameter"));
            var value = Convert(node, parameter.Type);
            if (value == null)
                return (null, ApiResults.Invalid(400, parameter.Name, $"must be of type {parameter.Type}", node));
            values.Add(value);
        }
        return (new CommandRequest { Command = command, Ids = ids, Values = values }, null);
    }

    /// <summary>
    /// The value for a parameter: the SDK sends { Name, Type, Value } (Value as text), matched by Name; the
    /// reference page sends { Type, Value } and a client may send bare values, matched by position.
    /// </summary>
    private static JsonNode ValueFor(JsonArray supplied, string name, int position)
    {
        foreach (var item in supplied)
            if (item is JsonObject named && JsonRead.TryString(named["Name"], out var n) && string.Equals(n?.Trim(), name, StringComparison.OrdinalIgnoreCase))
                return named["Value"];
        if (position >= supplied.Count) return null;
        return supplied[position] is JsonObject p ? p["Value"] : supplied[position];
    }

    private static string CountProblem(CommandDefinition command, int count)
    {
        if (command.AppliesOnlyToOneEntity && count != 1) return $"Command '{command.Key}' needs exactly one record, got {count}.";
        if (command.AppliesOnlyToTwoEntities && count != 2) return $"Command '{command.Key}' needs exactly two records, got {count}.";
        if (command.AppliesOnlyToMultipleEntities && count < 2) return $"Command '{command.Key}' needs two or more records, got {count}.";
        if (command.NeedsEntitiesToRun && count < 1) return $"Command '{command.Key}' needs at least one record.";
        return null;
    }

    private static object Convert(JsonNode node, string type)
    {
        switch (type.ToLowerInvariant())
        {
            case "int":
                return JsonRead.TryLong(node, out var i) ? i : null;
            case "boolean" or "bool":
                return JsonRead.TryBool(node, out var b) ? b : null;
            default:
                return JsonRead.TryString(node, out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
        }
    }
}
