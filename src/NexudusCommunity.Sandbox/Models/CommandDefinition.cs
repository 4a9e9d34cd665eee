namespace NexudusCommunity.Sandbox;

/// <summary>A parameter a command needs: its description and type ("string", "int", "Boolean").</summary>
public sealed record CommandParameter(string Name, string Type);

/// <summary>The metadata GET .../commands returns for one command.</summary>
public sealed record CommandDefinition(
    string Key,
    string Name,
    bool AppliesOnlyToMultipleEntities,
    bool AppliesOnlyToOneEntity,
    bool AppliesOnlyToTwoEntities,
    bool NeedsEntitiesToRun,
    int Order,
    IReadOnlyList<CommandParameter> RequiresParameters,
    bool DisplayInDropdown = true,
    bool DisplayInDropdownV2 = true,
    bool DisplayInGrid = true);
