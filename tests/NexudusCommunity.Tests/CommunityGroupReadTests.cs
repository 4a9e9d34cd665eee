using NexudusCommunity.Models;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

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

    [Fact]
    public void First_five_costs_one_request_and_skip_pages_on_the_server()
    {
        Sandbox.Store.AddGroups(40, i => $"Paged {i:00}");
        Ps.Run(Connect).AssertNoErrors();
        Sandbox.Requests.Clear();

        var first = RunOk("Get-CommunityGroup -First 5 -SortBy Name").Objects<CommunityGroup>().Select(g => g.Name).ToList();
        Assert.Equal(new[] { "Paged 00", "Paged 01", "Paged 02", "Paged 03", "Paged 04" }, first);
        Assert.Equal(1, ListRequests());

        Sandbox.Requests.Clear();
        var skipped = RunOk("Get-CommunityGroup -Skip 10 -First 3 -SortBy Name").Objects<CommunityGroup>().Select(g => g.Name).ToList();
        Assert.Equal(new[] { "Paged 10", "Paged 11", "Paged 12" }, skipped);
        Assert.Equal(1, ListRequests());
    }

    [Fact]
    public void IncludeTotalCount_reports_the_servers_total()
    {
        Sandbox.Store.AddGroups(30, i => $"Counted {i}");
        var result = RunOk("Get-CommunityGroup -First 2 -IncludeTotalCount");
        Assert.Equal(2, result.Objects<CommunityGroup>().Count());
        var total = result.Output.Single(o => o.BaseObject is not CommunityGroup);
        Assert.Equal(30.0, Convert.ToDouble(total.BaseObject));
    }

    [Fact]
    public void Name_takes_wildcards_and_a_plain_name_matches_exactly()
    {
        RunOk("""
            'Book Club', 'Book Swap', 'Bookkeeping 101', 'Runners', 'The Book Nook' | ForEach-Object { New-CommunityGroup -Name $_ }
            """);

        var wildcard = RunOk("Get-CommunityGroup -Name 'Book*'").Objects<CommunityGroup>().Select(g => g.Name).OrderBy(n => n).ToList();
        Assert.Equal(new[] { "Book Club", "Book Swap", "Bookkeeping 101" }, wildcard);

        var exact = RunOk("Get-CommunityGroup -Name 'book club'").Objects<CommunityGroup>().Select(g => g.Name).ToList();
        Assert.Equal(new[] { "Book Club" }, exact);

        var middle = RunOk("Get-CommunityGroup -Name '*Book N*'").Objects<CommunityGroup>().Select(g => g.Name).ToList();
        Assert.Equal(new[] { "The Book Nook" }, middle);
    }

    [Fact]
    public void Filters_by_access_member_owner_and_dates_and_sorts_descending()
    {
        RunOk("""
            New-CommunityGroup -Name 'Alpha' -GroupAccess Private -MemberId 5001,5002 -UserId 5003 | Out-Null
            New-CommunityGroup -Name 'Beta' -GroupAccess Public -MemberId 5002 | Out-Null
            New-CommunityGroup -Name 'Gamma' -GroupAccess Private | Out-Null
            """);

        Assert.Equal(new[] { "Gamma", "Alpha" },
            RunOk("Get-CommunityGroup -GroupAccess Private -SortBy Name -Descending").Objects<CommunityGroup>().Select(g => g.Name));
        Assert.Equal(new[] { "Alpha", "Beta" },
            RunOk("Get-CommunityGroup -MemberId 5002 -SortBy Name").Objects<CommunityGroup>().Select(g => g.Name));
        Assert.Equal(new[] { "Alpha" },
            RunOk("Get-CommunityGroup -UserId 5003").Objects<CommunityGroup>().Select(g => g.Name));
        Assert.Equal(3, RunOk("Get-CommunityGroup -CreatedAfter ([datetime]::Now.AddHours(-1)) -CreatedBefore ([datetime]::Now.AddHours(1))").Objects<CommunityGroup>().Count());
        Assert.Empty(RunOk("Get-CommunityGroup -UpdatedAfter ([datetime]::Now.AddDays(1))").Objects<CommunityGroup>());
    }

    [Fact]
    public void By_id_returns_full_records_with_members_and_list_records_have_none()
    {
        RunOk("New-CommunityGroup -Name 'Full' -MemberId 5001,5004 | Out-Null");

        var listed = RunOk("Get-CommunityGroup -Name Full").Objects<CommunityGroup>().Single();
        Assert.Null(listed.Members);

        var full = RunOk("Get-CommunityGroup -Name Full | Get-CommunityGroup").Objects<CommunityGroup>().Single();
        Assert.Equal(new[] { 5001, 5004 }, full.Members!.OrderBy(m => m));
        Assert.Equal(1001, full.BusinessId);
        Assert.NotNull(full.UniqueId);
        Assert.NotNull(full.CreatedOn);
    }

    [Fact]
    public void SortBy_names_an_unknown_field_in_its_error()
    {
        var result = Ps.Run(Connect + "Get-CommunityGroup -SortBy Colour");
        var error = result.FirstError;
        Assert.Contains("SortBy", error.ToString());
        Assert.Contains("Name", error.ToString());
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
    }
}
