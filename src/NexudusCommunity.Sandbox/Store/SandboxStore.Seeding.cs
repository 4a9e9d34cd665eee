using System.Text.Json;
using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

public sealed partial class SandboxStore
{
    /// <summary>The demo data: three groups ("Book Club" with members 5001 and 5002, "Book Swap", "Runners") and one room.</summary>
    public void SeedDemoData()
    {
        AddGroup("Book Club", members: new[] { 5001, 5002 }, description: "Monthly book discussions.");
        AddGroup("Book Swap", description: "Bring one, take one.");
        AddGroup("Runners", groupAccess: GroupAccessLevels.Private, description: "Lunchtime runs.");
        AddRoom("Main Video Room", numberOfParticipants: 12, description: "The default video room.");
    }

    /// <summary>
    /// Applies a fixture: {"Businesses":[..], "Users":[..], "CommunityGroups":[..], "VideoRooms":[..]}.
    /// Every section is optional. Businesses and Users replace the current lists; groups and rooms are added
    /// (ids in the fixture are kept).
    /// </summary>
    public void SeedJson(string json)
    {
        var root = JsonNode.Parse(json, new JsonNodeOptions { PropertyNameCaseInsensitive = true }) as JsonObject
                   ?? throw new JsonException("The fixture must be a JSON object.");
        var options = SandboxJson.ReadOptions;
        if (root["Businesses"] is JsonArray businesses)
            SetBusinesses(businesses.Select(b => b.Deserialize<Business>(options)));
        if (root["Users"] is JsonArray users)
            SetUserIds(users.Select(u => JsonRead.TryInt(u, out var id) ? id : throw new JsonException($"Bad user id {u}")));
        if (root["CommunityGroups"] is JsonArray groups)
            foreach (var g in groups) AddGroup(g.Deserialize<CommunityGroup>(options));
        if (root["VideoRooms"] is JsonArray rooms)
            foreach (var r in rooms) AddRoom(r.Deserialize<VideoRoom>(options));
    }

    public void SeedFile(string path) => SeedJson(File.ReadAllText(path));
}
