using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>The data a fresh sandbox has: reference data always, demo records unless --no-demo-data. Ids: <see cref="DemoIds"/>.</summary>
internal static class DemoData
{
    private static readonly string[] People =
    {
        "Ada Lovelace", "Alan Turing", "Grace Hopper", "Katherine Johnson", "Edsger Dijkstra",
        "Barbara Liskov", "Donald Knuth", "Margaret Hamilton", "Tim Berners-Lee", "Radia Perlman",
        "Ken Thompson", "Frances Allen", "Dennis Ritchie", "Hedy Lamarr", "John Backus",
        "Karen Sparck Jones", "Niklaus Wirth", "Shafi Goldwasser", "Leslie Lamport", "Sophie Wilson",
    };

    /// <summary>The user accounts that are not sign-ins: people of the space, by the names of the first coworkers.</summary>
    private static readonly (string Name, string Email)[] SignIns =
    {
        ("Sandbox Admin", SandboxUsers.AdminEmail), ("Sandbox Reader", SandboxUsers.ReaderEmail),
        ("Sandbox Two-Factor", SandboxUsers.TwoFactorEmail), ("Sandbox Reset", SandboxUsers.ResetEmail),
    };

    /// <summary>
    /// Two businesses, 20 coworkers (the first ten of the first business) and 20 user accounts: the four sign-ins,
    /// then accounts of the first 16 coworkers (same name and email, another id: a user is not a coworker).
    /// </summary>
    public static void AddReferenceData(SandboxStore store)
    {
        var start = store.IdStart;
        store.InsertStamped(SandboxEntities.Business, Business(DemoIds.Business(1, start), "Sandbox Coworking"), "System");
        store.InsertStamped(SandboxEntities.Business, Business(DemoIds.Business(2, start), "Sandbox Annex"), "System");
        for (var i = 0; i < People.Length; i++)
            store.InsertStamped(SandboxEntities.Coworker, Coworker(DemoIds.Coworker(i + 1, start), People[i], DemoIds.Business(i < 10 ? 1 : 2, start)), "System");
        AddUsers(store);
    }

    /// <summary>The 20 demo user accounts (<see cref="DemoIds.User"/>).</summary>
    public static void AddUsers(SandboxStore store)
    {
        for (var n = 1; n <= DemoIds.Users; n++)
        {
            var (name, email) = n <= SignIns.Length ? SignIns[n - 1] : (People[n - SignIns.Length - 1], EmailOf(People[n - SignIns.Length - 1]));
            store.InsertStamped(SandboxEntities.User, User(DemoIds.User(n, store.IdStart), name, email, isAdmin: n == 1), "System");
        }
    }

    /// <summary>Three groups ("Book Club" with the first two coworkers as members, "Book Swap", "Runners") and one room, owned by the admin.</summary>
    public static void AddDemoRecords(SandboxStore store)
    {
        var start = store.IdStart;
        store.Add(SandboxEntities.CommunityGroup, Group(start, "Book Club", "Monthly book discussions.", CommunityGroupRules.Public, DemoIds.Coworker(1, start), DemoIds.Coworker(2, start)));
        store.Add(SandboxEntities.CommunityGroup, Group(start, "Book Swap", "Bring one, take one.", CommunityGroupRules.Public));
        store.Add(SandboxEntities.CommunityGroup, Group(start, "Runners", "Lunchtime runs.", CommunityGroupRules.Private));
        store.Add(SandboxEntities.VideoRoom, new JsonObject
        {
            ["BusinessId"] = DemoIds.Business(1, start), ["Name"] = "Main Video Room", ["Description"] = "The default video room.",
            ["NumberOfParticipants"] = 12, ["Active"] = true, ["OnlyForContacts"] = false, ["OnlyForMembers"] = false,
        });
        CommunityDemoData.Add(store);
    }

    public static JsonObject Business(long id, string name) => new()
    {
        ["Id"] = id,
        ["Name"] = name,
        ["WebAddress"] = new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()),
        ["Currency"] = "EUR",
        ["TimeZone"] = "Europe/London",
        ["Active"] = true,
    };

    public static JsonObject Coworker(long id, string fullName, long businessId) => new()
    {
        ["Id"] = id,
        ["FullName"] = fullName,
        ["Email"] = EmailOf(fullName),
        ["CoworkerType"] = 1,
        ["CompanyName"] = null,
        ["InvoicingBusinessId"] = businessId,
        ["Active"] = true,
    };

    public static JsonObject User(long id, string fullName, string email, bool isAdmin = false) => new()
    {
        ["Id"] = id,
        ["FullName"] = fullName,
        ["Email"] = email,
        ["Active"] = true,
        ["IsAdmin"] = isAdmin,
        ["APIAccess"] = isAdmin,
        ["Validated"] = true,
    };

    private static string EmailOf(string fullName) => fullName.ToLowerInvariant().Replace(' ', '.').Replace("-", "") + "@example.com";

    private static JsonObject Group(long start, string name, string description, int access, params long[] members) => new()
    {
        ["BusinessId"] = DemoIds.Business(1, start),
        ["UserId"] = DemoIds.User(1, start),
        ["Name"] = name,
        ["Description"] = description,
        ["GroupAccess"] = access,
        ["Members"] = new JsonArray(members.Select(m => (JsonNode)m).ToArray()),
    };
}
