using NexudusCommunity.Models;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>
/// What the Pester suite (tests/Pester, the user-facing behaviour) does not show: pipelines over thousands of
/// records seeded straight into the store, whose list shrinks or changes as it is read. Behaviour it shows is
/// tested there only.
/// </summary>
public class CommunityGroupWriteTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    [Fact]
    public void Get_piped_into_Remove_removes_every_group_across_pages_though_the_list_shrinks_as_it_is_read()
    {
        Sandbox.Store.AddGroups(2100, i => $"Doomed {i:0000}");
        Ps.Run(Connect).AssertNoErrors();

        RunOk("Get-CommunityGroup | Remove-CommunityGroup -Force");

        Assert.Empty(Sandbox.Store.Groups);
    }

    [Fact]
    public void A_filtered_Get_piped_into_a_Set_that_takes_records_out_of_the_filter_changes_every_one()
    {
        Sandbox.Store.AddGroups(1500, i => $"Open {i:0000}");
        Ps.Run(Connect).AssertNoErrors();

        var result = RunOk("Get-CommunityGroup -GroupAccess Public | Set-CommunityGroup -GroupAccess Private -PassThru");

        Assert.All(Sandbox.Store.Groups, g => Assert.Equal(3, g.GroupAccess));
        var changed = result.Objects<CommunityGroup>().Select(g => g.Id).ToList();
        Assert.Equal(changed.Count, changed.Distinct().Count()); // each record once
        Assert.Equal(Sandbox.Store.Groups.Count, changed.Count);
    }
}
