using System.Management.Automation;
using NexudusCommunity.Models;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

public class CommunityGroupWriteTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    [Fact]
    public void New_returns_the_group_as_read_back_with_every_create_field()
    {
        var group = RunOk("New-CommunityGroup -Name 'Makers' -Description 'Tinkerers' -GroupAccess Restricted -UserId 5002 -MemberId 5001,5003 -SystemId 'ext-1'")
            .Objects<CommunityGroup>().Single();

        Assert.True(group.Id > 0);
        Assert.Equal("Makers", group.Name);
        Assert.Equal("Tinkerers", group.Description);
        Assert.Equal(GroupAccess.Restricted, group.GroupAccess);
        Assert.Equal(1001, group.BusinessId);
        Assert.Equal(5002, group.UserId);
        Assert.Equal("ext-1", group.SystemId);
        Assert.Equal(new[] { 5001, 5003 }, group.Members!.OrderBy(m => m));
        Assert.NotNull(group.UpdatedOn);
    }

    [Fact]
    public void Piping_a_group_into_Set_changes_only_the_description_and_keeps_name_access_and_members()
    {
        var id = RunOk("(New-CommunityGroup -Name 'Keepers' -GroupAccess Private -MemberId 5001,5002,5003).Id").Output.Single().BaseObject;

        RunOk("Get-CommunityGroup -Id $args[0] | Set-CommunityGroup -Description 'x'", id);

        var stored = Sandbox.Store.GetGroup((int)id)!;
        Assert.Equal("x", stored.Description);
        Assert.Equal("Keepers", stored.Name);
        Assert.Equal(3, (int)stored.GroupAccess);
        Assert.Equal(new[] { 5001, 5002, 5003 }, stored.Members.OrderBy(m => m));
    }

    [Fact]
    public void A_list_record_piped_into_Set_still_keeps_members_the_list_did_not_carry()
    {
        RunOk("New-CommunityGroup -Name 'Listed' -MemberId 5005,5006 | Out-Null");

        RunOk("Get-CommunityGroup -Name Listed | Set-CommunityGroup -Name 'Listed Again'");

        var stored = Sandbox.Store.Groups.Single(g => g.Name == "Listed Again");
        Assert.Equal(new[] { 5005, 5006 }, stored.Members.OrderBy(m => m));
    }

    [Fact]
    public void AddMember_and_RemoveMember_change_membership_incrementally()
    {
        var id = RunOk("(New-CommunityGroup -Name 'Members' -MemberId 5001,5002).Id").Output.Single().BaseObject;

        var after = RunOk("Set-CommunityGroup -Id $args[0] -AddMember 5003,5004 -RemoveMember 5001 -PassThru", id).Objects<CommunityGroup>().Single();

        Assert.Equal(new[] { 5002, 5003, 5004 }, after.Members!.OrderBy(m => m));
        Assert.Equal(new[] { 5002, 5003, 5004 }, Sandbox.Store.GetGroup((int)id)!.Members.OrderBy(m => m));
    }

    [Fact]
    public void Set_refuses_to_overwrite_a_group_that_changed_since_it_was_read_unless_Force()
    {
        var result = Ps.Run(Connect + """
            $old = New-CommunityGroup -Name 'Contested'
            [System.Threading.Thread]::Sleep(20)
            Set-CommunityGroup -Id $old.Id -Description 'someone else' | Out-Null
            $old | Set-CommunityGroup -Description 'mine'
            """);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ResourceBusy, error.CategoryInfo.Category);
        Assert.Contains("changed on the server", error.ToString());
        Assert.Equal("someone else", Sandbox.Store.Groups.Single(g => g.Name == "Contested").Description);

        RunOk("Get-CommunityGroup -Name Contested | ForEach-Object { $_.UpdatedOn = $_.UpdatedOn.AddDays(-1); $_ } | Set-CommunityGroup -Description 'mine' -Force");
        Assert.Equal("mine", Sandbox.Store.Groups.Single(g => g.Name == "Contested").Description);
    }

    [Fact]
    public void WhatIf_changes_nothing_on_the_server()
    {
        RunOk("New-CommunityGroup -Name 'Untouched' | Out-Null");
        Sandbox.Requests.Clear();

        RunOk("""
            New-CommunityGroup -Name 'Never' -WhatIf
            Get-CommunityGroup -Name Untouched | Set-CommunityGroup -Name 'Renamed' -WhatIf
            Get-CommunityGroup -Name Untouched | Remove-CommunityGroup -WhatIf
            """);

        Assert.Equal(new[] { "Untouched" }, Sandbox.Store.Groups.Select(g => g.Name));
        Assert.Equal(0, Sandbox.Requests.Count(r => r.Method is "POST" or "PUT" or "DELETE" && !r.Path.EndsWith("/token")));
    }

    [Fact]
    public void Get_piped_to_Remove_deletes_every_match_and_nothing_else()
    {
        RunOk("'Old 1', 'Old 2', 'Old 3', 'Keep' | ForEach-Object { New-CommunityGroup -Name $_ } | Out-Null");

        RunOk("Get-CommunityGroup -Name 'Old*' | Remove-CommunityGroup -Force");

        Assert.Equal(new[] { "Keep" }, Sandbox.Store.Groups.Select(g => g.Name));
    }

    [Fact]
    public void One_failing_record_gives_one_error_and_the_rest_of_the_pipeline_goes_on()
    {
        var ids = RunOk("'A', 'B' | ForEach-Object { (New-CommunityGroup -Name $_).Id }").Output.Select(o => (int)o.BaseObject).ToArray();

        var result = Ps.Run(Connect + "$args[0], 999999, $args[1] | ForEach-Object { [pscustomobject]@{ Id = $_ } } | Set-CommunityGroup -Description 'bulk'", ids[0], ids[1]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal(999999, error.TargetObject);
        Assert.All(Sandbox.Store.Groups, g => Assert.Equal("bulk", g.Description));
    }

    [Fact]
    public void ErrorAction_Stop_stops_at_the_first_failure()
    {
        var id = RunOk("(New-CommunityGroup -Name 'After').Id").Output.Single().BaseObject;

        var result = Ps.Run(Connect + "999999, $args[0] | ForEach-Object { [pscustomobject]@{ Id = $_ } } | Set-CommunityGroup -Description 'late' -ErrorAction Stop", id);

        Assert.NotNull(result.Terminating);
        Assert.Null(Sandbox.Store.GetGroup((int)id)!.Description);
    }

    [Fact]
    public void Csv_style_objects_pipe_into_New_by_property_name()
    {
        var created = RunOk("""
            @(
                [pscustomobject]@{ Name = 'From CSV 1'; Description = 'one'; GroupAccess = 'Private' }
                [pscustomobject]@{ Name = 'From CSV 2'; Description = 'two'; GroupAccess = 'Public' }
            ) | New-CommunityGroup
            """).Objects<CommunityGroup>().ToList();

        Assert.Equal(new[] { "From CSV 1", "From CSV 2" }, created.Select(g => g.Name));
        Assert.Equal(new GroupAccess?[] { GroupAccess.Private, GroupAccess.Public }, created.Select(g => g.GroupAccess));
    }
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
