namespace NexudusCommunity.Sandbox;

/// <summary>The video-room commands, with real effects on the store.</summary>
internal static class RoomCommands
{
    private static SandboxEntity Rooms => SandboxEntities.VideoRoom;

    public static readonly IReadOnlyList<CommandDefinition> Listed = new CommandDefinition[]
    {
        new("ACTIVATE_ROOMS", "Activate rooms", false, false, false, true, 1, Array.Empty<CommandParameter>()),
        new("DEACTIVATE_ROOMS", "Deactivate rooms", false, false, false, true, 2, Array.Empty<CommandParameter>()),
        new("SET_CAPACITY", "Set the number of participants", false, true, false, true, 3,
            new[] { new CommandParameter("Participants", "int") }),
    };

    public static (string Message, IResult Error) Run(CommandRequest request, SandboxStore store, string by)
    {
        var ids = request.Ids;
        switch (request.Command.Key)
        {
            case "ACTIVATE_ROOMS":
            case "DEACTIVATE_ROOMS":
                var active = request.Command.Key == "ACTIVATE_ROOMS";
                var changed = ids.Count(id => store.Update(Rooms, id, r => r["Active"] = active, by));
                return ($"{changed} {(changed == 1 ? "room" : "rooms")} {(active ? "activated" : "deactivated")}", null);
            case "SET_CAPACITY":
                var participants = (long)request.Values[0];
                if (participants is < 1 or > VideoRoomRules.MaxParticipants)
                    return (null, ApiResults.Invalid(400, "Participants", $"must be between 1 and {VideoRoomRules.MaxParticipants}", participants));
                store.Update(Rooms, ids[0], r => r["NumberOfParticipants"] = participants, by);
                return ($"Room {ids[0]} now holds {participants}", null);
            default:
                return (null, ApiResults.Invalid(400, "Key", $"Unknown command key '{request.Command.Key}'"));
        }
    }
}
