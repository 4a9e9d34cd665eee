using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>Reads and validates a video-room body (POST and PUT alike: missing booleans are false).</summary>
internal static class RoomInput
{
    public const int MaxNameLength = 200;
    public const int MinParticipants = 1;
    public const int MaxParticipants = 100;
    private const string Required = "is a required field";

    public sealed record Result(VideoRoom Room, string NewImageUrl, bool ClearImage, List<ValidationError> Errors);

    public static Result Read(JsonObject body, SandboxStore store)
    {
        var errors = new List<ValidationError>();
        var room = new VideoRoom();

        var business = body["BusinessId"];
        if (JsonRead.IsMissing(business)) errors.Add(new ValidationError("BusinessId", Required));
        else if (!JsonRead.TryInt(business, out var businessId)) errors.Add(new ValidationError("BusinessId", "is not a valid number", business));
        else if (!store.BusinessExists(businessId)) errors.Add(new ValidationError("BusinessId", "must be an existing business", business));
        else room.BusinessId = businessId;

        var name = body["Name"];
        if (JsonRead.IsMissing(name) || !JsonRead.TryString(name, out var nameText) || string.IsNullOrWhiteSpace(nameText))
            errors.Add(new ValidationError("Name", Required, name));
        else if (nameText.Length > MaxNameLength)
            errors.Add(new ValidationError("Name", $"may not be longer than {MaxNameLength} characters", name));
        else room.Name = nameText;

        var participants = body["NumberOfParticipants"];
        if (JsonRead.IsMissing(participants)) errors.Add(new ValidationError("NumberOfParticipants", Required));
        else if (!JsonRead.TryInt(participants, out var count) || count < MinParticipants || count > MaxParticipants)
            errors.Add(new ValidationError("NumberOfParticipants", $"must be between {MinParticipants} and {MaxParticipants}", participants));
        else room.NumberOfParticipants = count;

        if (JsonRead.TryString(body["Description"], out var description)) room.Description = description;
        if (JsonRead.TryString(body["SystemId"], out var systemId)) room.SystemId = systemId;
        room.Active = ReadBool(body, "Active", errors);
        room.OnlyForContacts = ReadBool(body, "OnlyForContacts", errors);
        room.OnlyForMembers = ReadBool(body, "OnlyForMembers", errors);
        var clearImage = ReadBool(body, "ClearImageFile", errors);
        JsonRead.TryString(body["NewImageUrl"], out var newImageUrl);

        return new Result(room, newImageUrl, clearImage, errors);
    }

    private static bool ReadBool(JsonObject body, string property, List<ValidationError> errors)
    {
        var node = body[property];
        if (JsonRead.IsMissing(node)) return false;
        if (JsonRead.TryBool(node, out var value)) return value;
        errors.Add(new ValidationError(property, "must be true or false", node));
        return false;
    }
}
