using System.Management.Automation;
using NexudusCommunity.Models;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

public class CommandTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    private int RunCommandRequests() => Sandbox.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/runcommand"));

    [Fact]
    public void Get_CommunityGroupCommand_lists_typed_commands_and_filters_by_key()
    {
        var all = RunOk("Get-CommunityGroupCommand").Objects<NexudusCommand>().ToList();
        Assert.Contains(all, c => c.Key == "SET_PRIVATE");
        var rename = all.Single(c => c.Key == "RENAME_GROUP");
        Assert.Equal("One", rename.EntityCount);
        Assert.Equal("string", rename.RequiresParameters.Single().Type, ignoreCase: true);
        Assert.Equal("Two", all.Single(c => c.Key == "MERGE_GROUPS").EntityCount);
        Assert.Equal(all.OrderBy(c => c.Order).Select(c => c.Key), all.Select(c => c.Key));

        var filtered = RunOk("Get-CommunityGroupCommand -Key 'SET_*'").Objects<NexudusCommand>().Select(c => c.Key).OrderBy(k => k);
        Assert.Equal(new[] { "SET_PRIVATE", "SET_PUBLIC" }, filtered);
    }

    [Fact]
    public void A_many_entity_command_sends_all_piped_ids_in_one_request()
    {
        RunOk("'Book Club', 'Book Swap', 'Books & Brews', 'Runners' | ForEach-Object { New-CommunityGroup -Name $_ -GroupAccess Public } | Out-Null");
        Sandbox.Requests.Clear();

        var result = RunOk("Get-CommunityGroup -Name 'Book*' | Invoke-CommunityGroupCommand -Key SET_PRIVATE");

        Assert.Equal(1, RunCommandRequests());
        Assert.Single(result.Objects<CommandResult>());
        Assert.All(Sandbox.Store.Groups.Where(g => g.Name.StartsWith("Book")), g => Assert.Equal(3, (int)g.GroupAccess));
        Assert.Equal(2, (int)Sandbox.Store.Groups.Single(g => g.Name == "Runners").GroupAccess);
    }

    [Fact]
    public void A_one_entity_command_runs_once_per_piped_group_with_its_string_parameter()
    {
        RunOk("'One', 'Two' | ForEach-Object { New-CommunityGroup -Name $_ } | Out-Null");
        Sandbox.Requests.Clear();

        var results = RunOk("Get-CommunityGroup | Invoke-CommunityGroupCommand -Key RENAME_GROUP -Parameter 'Renamed'").Objects<CommandResult>().ToList();

        Assert.Equal(2, results.Count);
        Assert.Equal(2, RunCommandRequests());
        Assert.All(Sandbox.Store.Groups, g => Assert.Equal("Renamed", g.Name));
    }

    [Fact]
    public void A_missing_parameter_is_refused_before_any_request_is_sent()
    {
        var id = RunOk("(New-CommunityGroup -Name 'Solo').Id").Output.Single().BaseObject;
        Sandbox.Requests.Clear();

        var result = Ps.Run("Invoke-CommunityGroupCommand -Key RENAME_GROUP -Id $args[0]", id);

        var error = result.FirstError;
        Assert.Contains("RENAME_GROUP", error.ToString());
        Assert.Contains("string", error.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, Sandbox.Requests.Count()); // not even the command list: Connect loaded it
        Assert.Equal("Solo", Sandbox.Store.Groups.Single().Name);
    }

    [Theory]
    [InlineData("Invoke-CommunityGroupCommand -Key NO_SUCH_KEY -Id 1", "NO_SUCH_KEY")]
    [InlineData("Invoke-CommunityGroupCommand -Key MERGE_GROUPS -Id $ids[0]", "exactly two")]
    [InlineData("Invoke-CommunityGroupCommand -Key ADD_MEMBER -Id $ids[0] -Parameter 'abc', $true", "Member Id")]
    [InlineData("Invoke-CommunityGroupCommand -Key ADD_MEMBER -Id $ids[0] -Parameter 5001", "2 parameter")]
    public void Runs_that_do_not_fit_the_metadata_are_refused_with_what_the_command_expects(string script, string expected)
    {
        RunOk("'G1', 'G2' | ForEach-Object { New-CommunityGroup -Name $_ } | Out-Null");
        Sandbox.Requests.Clear();

        var result = Ps.Run("$ids = @(Get-CommunityGroup | ForEach-Object Id)\n" + script);

        var error = result.FirstError;
        Assert.Contains(expected, error.ToString());
        Assert.Equal(0, RunCommandRequests());
    }

    [Fact]
    public void A_two_entity_command_merges_and_a_typed_parameter_command_adds_a_member()
    {
        var ids = RunOk("""
            (New-CommunityGroup -Name 'Keep' -MemberId 5001).Id
            (New-CommunityGroup -Name 'Fold' -MemberId 5002).Id
            """).Output.Select(o => (int)o.BaseObject).ToArray();

        RunOk("Invoke-CommunityGroupCommand -Key MERGE_GROUPS -Id $args[0], $args[1]", ids[0], ids[1]);
        RunOk("Invoke-CommunityGroupCommand -Key ADD_MEMBER -Id $args[0] -Parameter '5003', 'true'", ids[0]);

        var kept = Assert.Single(Sandbox.Store.Groups);
        Assert.Equal(new[] { 5001, 5002, 5003 }, kept.Members.OrderBy(m => m));
    }

    [Fact]
    public void WhatIf_runs_no_command()
    {
        RunOk("New-CommunityGroup -Name 'Safe' -GroupAccess Public | Out-Null");
        Sandbox.Requests.Clear();

        RunOk("Get-CommunityGroup | Invoke-CommunityGroupCommand -Key SET_PRIVATE -WhatIf");

        Assert.Equal(0, RunCommandRequests());
        Assert.Equal(2, (int)Sandbox.Store.Groups.Single().GroupAccess);
    }

    [Fact]
    public void Key_completes_from_the_servers_command_list()
    {
        var result = RunOk("""
            $line = 'Invoke-CommunityGroupCommand -Key SET_'
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText
            """);

        Assert.Equal(new[] { "SET_PRIVATE", "SET_PUBLIC" }, result.Output.Select(o => o.ToString()).OrderBy(k => k));
    }
}
