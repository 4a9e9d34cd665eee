using NexudusCommunity.Models;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>
/// What the Pester suite (tests/Pester, the user-facing behaviour) does not show: thousands of records seeded
/// straight into the store, read back in full pages. Behaviour it shows is tested there only.
/// </summary>
public class CommunityGroupReadTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    private int ListRequests() => Sandbox.Requests.Count(r => r.Method == "GET" && r.Path.TrimEnd('/').EndsWith("/api/community/communitygroups", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Twenty_five_hundred_groups_come_back_complete_in_three_list_requests()
    {
        Sandbox.Store.AddGroups(2500, i => $"Bulk {i:0000}");
        Ps.Run(Connect).AssertNoErrors();
        Sandbox.Requests.Clear();

        var result = RunOk("Get-CommunityGroup");

        var groups = result.Objects<CommunityGroup>().ToList();
        Assert.Equal(2500, groups.Count);
        Assert.Equal(2500, groups.Select(g => g.Id).Distinct().Count());
        Assert.All(groups, g => Assert.StartsWith("Bulk ", g.Name));
        Assert.Equal(3, ListRequests());
    }
}
