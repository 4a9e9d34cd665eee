using NexudusCommunity.Sandbox;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>The README's offline example: a sandbox seeded from the example fixture, and the example runbook run against it.</summary>
public class SandboxForUsersTests
{
    private static Task<SandboxServer> StartWithExampleFixture() => SandboxServer.StartAsync(new SandboxOptions
    {
        SeedDemoData = false,
        SeedFile = Path.Combine(RepoPaths.Root, "examples", "sandbox-fixture.json"),
    });

    [Fact]
    public async Task The_example_runbook_runs_against_a_sandbox_seeded_from_the_example_fixture()
    {
        await using var sandbox = await StartWithExampleFixture();
        using var ps = new PsSession();

        var result = ps.Run("& $args[0] -BaseUri $args[1] -Credential $args[2]",
            Path.Combine(RepoPaths.Root, "examples", "Runbook-BookClubs.ps1"), sandbox.BaseUri, Credentials.Admin);

        result.AssertNoErrors();
        Assert.Equal("Found 2 book group(s): Book Club, Book Swap", result.Output[0].ToString());
        var books = sandbox.Store.Records<NexudusCommunity.Models.CommunityGroup>().Where(g => g.Name.StartsWith("Book")).ToList();
        Assert.All(books, g => Assert.Equal(NexudusCommunity.Models.GroupAccess.Private, g.GroupAccess));
        Assert.All(books, g => Assert.Contains(5010, g.Members));
        Assert.Equal(new[] { 5004, 5005 }, sandbox.Store.Records<NexudusCommunity.Models.CommunityGroup>().Single(g => g.Name == "Runners").Members.OrderBy(m => m));
        Assert.Equal(1, sandbox.Requests.Count(r => r.Path.EndsWith("/runcommand")));

        // A second run finds nothing left to do, and changes nothing.
        var again = ps.Run("& $args[0] -BaseUri $args[1] -Credential $args[2]",
            Path.Combine(RepoPaths.Root, "examples", "Runbook-BookClubs.ps1"), sandbox.BaseUri, Credentials.Admin);
        again.AssertNoErrors();
        Assert.Contains("Book Club: lead already a member", again.Output.Select(o => o.ToString()));
        Assert.Equal(1, sandbox.Requests.Count(r => r.Path.EndsWith("/runcommand")));
    }

    [Fact]
    public async Task A_fixture_with_one_business_makes_it_the_connections_default()
    {
        await using var sandbox = await StartWithExampleFixture();
        using var ps = new PsSession();

        var result = ps.Run("Connect-Nexudus -BaseUri $args[0] -Credential $args[1] -NoRateLimit; (Get-NexudusConnection).BusinessName",
            sandbox.BaseUri, Credentials.Admin);

        result.AssertNoErrors();
        Assert.Equal("Riverside Coworking", result.Output.Single().ToString());
    }
}
