using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// Reads and validates a community-group body. POST and PUT share it; they differ only in the default
/// for a missing GroupAccess (POST: 2 Public; PUT clears it to 1 Restricted).
/// </summary>
internal static class GroupInput
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;

    public static (CommunityGroup Group, List<ValidationError> Errors) Read(JsonObject body, SandboxStore store, bool isCreate)
    {
        var errors = new List<ValidationError>();
        var group = new CommunityGroup
        {
            BusinessId = ReadExistingId(body, "BusinessId", store.BusinessExists, "must be an existing business", errors),
            UserId = ReadExistingId(body, "UserId", store.UserExists, "must be an existing user", errors),
        };

        var name = body["Name"];
        if (JsonRead.IsMissing(name) || !JsonRead.TryString(name, out var nameText) || string.IsNullOrWhiteSpace(nameText))
            errors.Add(new ValidationError("Name", "may not be null or empty", name));
        else if (nameText.Length > MaxNameLength)
            errors.Add(new ValidationError("Name", $"may not be longer than {MaxNameLength} characters", name));
        else
            group.Name = nameText;

        var description = body["Description"];
        if (!JsonRead.IsMissing(description))
        {
            if (!JsonRead.TryString(description, out var text))
                errors.Add(new ValidationError("Description", "must be text", description));
            else if (text.Length > MaxDescriptionLength)
                errors.Add(new ValidationError("Description", $"may not be longer than {MaxDescriptionLength} characters", description));
            else
                group.Description = text;
        }

        var access = body["GroupAccess"];
        if (JsonRead.IsMissing(access))
            group.GroupAccess = isCreate ? GroupAccessLevels.Public : GroupAccessLevels.Restricted;
        else if (JsonRead.TryString(access, out var accessText) && GroupAccessLevels.TryParse(accessText, out var level))
            group.GroupAccess = level;
        else
            errors.Add(new ValidationError("GroupAccess", "is not a valid value (1 Restricted, 2 Public, 3 Private)", access));

        var systemId = body["SystemId"];
        if (!JsonRead.IsMissing(systemId))
        {
            if (JsonRead.TryString(systemId, out var text)) group.SystemId = text;
            else group.SystemId = systemId.ToJsonString();
        }

        var members = ReadMembers(body, "Members", store, errors) ?? new List<int>();
        var added = ReadMembers(body, "AddedMembers", store, errors);
        var removed = ReadMembers(body, "RemovedMembers", store, errors, mustExist: false);
        if (added != null) members.AddRange(added);
        if (removed != null) members.RemoveAll(removed.Contains);
        group.Members = members.Distinct().ToList();

        return (group, errors);
    }

    private static int ReadExistingId(JsonObject body, string property, Func<int, bool> exists, string unknownMessage, List<ValidationError> errors)
    {
        var node = body[property];
        if (JsonRead.IsMissing(node))
        {
            errors.Add(new ValidationError(property, "may not be null or empty"));
            return 0;
        }
        if (!JsonRead.TryInt(node, out var id))
        {
            errors.Add(new ValidationError(property, "is not a valid number", node));
            return 0;
        }
        if (!exists(id))
        {
            errors.Add(new ValidationError(property, unknownMessage, node));
            return 0;
        }
        return id;
    }

    private static List<int> ReadMembers(JsonObject body, string property, SandboxStore store, List<ValidationError> errors, bool mustExist = true)
    {
        var node = body[property];
        if (JsonRead.IsMissing(node)) return null;
        if (!JsonRead.TryIntList(node, out var ids))
        {
            errors.Add(new ValidationError(property, "must be a list of user ids", node));
            return null;
        }
        if (mustExist)
        {
            foreach (var id in ids.Where(id => !store.UserExists(id)))
                errors.Add(new ValidationError(property, $"contains an unknown user id {id}", id));
        }
        return ids;
    }
}
