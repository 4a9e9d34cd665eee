using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>The data a fresh sandbox has: reference data always, demo records unless --no-demo-data.</summary>
internal static class DemoData
{
    private static readonly string[] People =
    {
        "Ada Lovelace", "Alan Turing", "Grace Hopper", "Katherine Johnson", "Edsger Dijkstra",
        "Barbara Liskov", "Donald Knuth", "Margaret Hamilton", "Tim Berners-Lee", "Radia Perlman",
        "Ken Thompson", "Frances Allen", "Dennis Ritchie", "Hedy Lamarr", "John Backus",
        "Karen Sparck Jones", "Niklaus Wirth", "Shafi Goldwasser", "Leslie Lamport", "Sophie Wilson",
    };

    /// <summary>Two businesses, and coworkers 5001..5020 (the first ten of business 1001, the rest of 1002).</summary>
    public static void AddReferenceData(SandboxStore store)
    {
        store.InsertStamped(SandboxEntities.Business, Business(1001, "Sandbox Coworking"), "System");
        store.InsertStamped(SandboxEntities.Business, Business(1002, "Sandbox Annex"), "System");
        for (var i = 0; i < People.Length; i++)
            store.InsertStamped(SandboxEntities.Coworker, Coworker(SandboxStore.FirstUserId + i, People[i], i < 10 ? 1001 : 1002), "System");
    }

    /// <summary>Three groups ("Book Club" with members 5001 and 5002, "Book Swap", "Runners") and one room.</summary>
    public static void AddDemoRecords(SandboxStore store)
    {
        store.Add(SandboxEntities.CommunityGroup, Group("Book Club", "Monthly book discussions.", CommunityGroupRules.Public, 5001, 5002));
        store.Add(SandboxEntities.CommunityGroup, Group("Book Swap", "Bring one, take one.", CommunityGroupRules.Public));
        store.Add(SandboxEntities.CommunityGroup, Group("Runners", "Lunchtime runs.", CommunityGroupRules.Private));
        store.Add(SandboxEntities.VideoRoom, new JsonObject
        {
            ["BusinessId"] = 1001, ["Name"] = "Main Video Room", ["Description"] = "The default video room.",
            ["NumberOfParticipants"] = 12, ["Active"] = true, ["OnlyForContacts"] = false, ["OnlyForMembers"] = false,
        });
        CommunityDemoData.Add(store);
    }

    public static JsonObject Business(int id, string name) => new()
    {
        ["Id"] = id,
        ["Name"] = name,
        ["WebAddress"] = new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()),
        ["Currency"] = "EUR",
        ["TimeZone"] = "Europe/London",
        ["Active"] = true,
    };

    public static JsonObject Coworker(int id, string fullName, int businessId) => new()
    {
        ["Id"] = id,
        ["FullName"] = fullName,
        ["Email"] = fullName.ToLowerInvariant().Replace(' ', '.').Replace("-", "") + "@example.com",
        ["CoworkerType"] = 1,
        ["CompanyName"] = null,
        ["InvoicingBusinessId"] = businessId,
        ["Active"] = true,
    };

    private static JsonObject Group(string name, string description, int access, params int[] members) => new()
    {
        ["BusinessId"] = 1001,
        ["UserId"] = SandboxStore.FirstUserId,
        ["Name"] = name,
        ["Description"] = description,
        ["GroupAccess"] = access,
        ["Members"] = new JsonArray(members.Select(m => (JsonNode)m).ToArray()),
    };
}
