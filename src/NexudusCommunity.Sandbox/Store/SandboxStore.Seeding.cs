using System.Text.Json;
using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

public sealed partial class SandboxStore
{
    public void SeedDemoData() => DemoData.AddDemoRecords(this);

    /// <summary>
    /// Applies a fixture: a JSON object whose sections are named after entities ("Businesses", "Coworkers",
    /// "CommunityGroups", "VideoRooms"...) or "Users" (account ids). Every section is optional. Businesses,
    /// Coworkers and Users replace the defaults; other records are added. Ids given are kept, and so are fields the
    /// sandbox does not know (as the real server keeps fields a client does not know).
    /// </summary>
    public void SeedJson(string json)
    {
        var root = JsonNode.Parse(json, new JsonNodeOptions { PropertyNameCaseInsensitive = true }) as JsonObject
                   ?? throw new JsonException("The fixture must be a JSON object.");
        foreach (var (section, value) in root)
        {
            if (string.Equals(section, "Users", StringComparison.OrdinalIgnoreCase))
            {
                SetUserIds((value as JsonArray ?? throw new JsonException("Users must be an array of ids."))
                    .Select(u => JsonRead.TryInt(u, out var id) ? id : throw new JsonException($"Bad user id {u}")));
                continue;
            }
            var entity = SandboxEntities.Find(section) ?? throw new JsonException(
                $"Unknown fixture section '{section}'. Sections: {string.Join(", ", SandboxEntities.Sections)}.");
            if (value is not JsonArray records) throw new JsonException($"{section} must be an array of records.");
            lock (Sync)
            {
                if (!entity.Rules.AcceptsWrites) Table(entity).Clear();
                foreach (var record in records)
                    InsertStamped(entity, record as JsonObject is { } o ? (JsonObject)o.DeepClone() : throw new JsonException($"{section}: every record must be an object."), "System");
            }
        }
    }

    public void SeedFile(string path) => SeedJson(File.ReadAllText(path));
}
