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
                SeedUsers(value as JsonArray ?? throw new JsonException("Users must be an array of user records or ids."));
                continue;
            }
            var entity = SandboxEntities.Find(section) ?? throw new JsonException(
                $"Unknown fixture section '{section}'. Sections: {string.Join(", ", SandboxEntities.Sections)}.");
            if (value is not JsonArray records) throw new JsonException($"{section} must be an array of records.");
            lock (Sync)
            {
                if (!entity.AcceptsWrites) Table(entity).Clear();
                foreach (var record in records)
                    InsertStamped(entity, record as JsonObject is { } o ? (JsonObject)o.DeepClone() : throw new JsonException($"{section}: every record must be an object."), "System");
            }
        }
    }

    /// <summary>
    /// Users replace the demo accounts: records, or bare ids (the older form) that become accounts named "User n".
    /// The sign-ins keep an account (looked up by email, as the module finds who is signed in) unless one has their email.
    /// </summary>
    private void SeedUsers(JsonArray users)
    {
        lock (Sync)
        {
            var demo = Table(SandboxEntities.User).InIdOrder(descending: false).Select(u => (JsonObject)u.DeepClone()).ToList();
            Table(SandboxEntities.User).Clear();
            foreach (var user in users)
            {
                var record = user switch
                {
                    JsonObject o => (JsonObject)o.DeepClone(),
                    _ when JsonRead.TryLong(user, out var id) && id > 0 => DemoData.User(id, $"User {id}", $"user{id}@example.com"),
                    _ => throw new JsonException($"Users: {user?.ToJsonString() ?? "null"} is neither a user record nor an id."),
                };
                InsertStamped(SandboxEntities.User, record, "System");
            }
            var emails = Table(SandboxEntities.User).InIdOrder(false).Select(u => (string)u["Email"]).Where(e => e != null).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var signIn in demo.Where(u => SandboxUsers.All.Any(s => string.Equals(s.Email, (string)u["Email"], StringComparison.OrdinalIgnoreCase))))
            {
                if (emails.Contains((string)signIn["Email"])) continue;
                if (Table(SandboxEntities.User).Get(JsonRead.Id(signIn)) != null) signIn.Remove("Id");
                InsertStamped(SandboxEntities.User, signIn, "System");
            }
        }
    }

    public void SeedFile(string path) => SeedJson(File.ReadAllText(path));
}
