using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>Video rooms: 1 to 100 participants (the sandbox's limit; the vendor publishes none), images by instruction, commands.</summary>
internal sealed class VideoRoomRules : EntityRules
{
    public const int MaxParticipants = 100;

    public override void Check(JsonObject record, List<ValidationError> errors, SandboxStore store)
    {
        if (JsonRead.TryInt(record["NumberOfParticipants"], out var count) && count > MaxParticipants)
            errors.Add(new ValidationError("NumberOfParticipants", $"must be between 1 and {MaxParticipants}", count));
    }

    // The image is not downloaded: the sandbox only records that one was set.
    public override void Instruct(JsonObject record, JsonObject body)
    {
        if (JsonRead.TryBool(body["ClearImageFile"], out var clear) && clear) record["ImageFileName"] = null;
        if (JsonRead.TryString(body["NewImageUrl"], out var url) && !string.IsNullOrWhiteSpace(url))
            record["ImageFileName"] = $"image-{record["Id"]}.png";
    }

    public override IReadOnlyList<CommandDefinition> Commands => RoomCommands.Listed;

    public override (string Message, IResult Error) Run(CommandRequest request, SandboxStore store, string actor) =>
        RoomCommands.Run(request, store, actor);
}
