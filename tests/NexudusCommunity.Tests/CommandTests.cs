using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>
/// What the Pester suite (tests/Pester, the user-facing behaviour) does not show: that a refused run sends no
/// request at all, not even for the command list (Connect loaded it). Behaviour it shows is tested there only.
/// </summary>
public class CommandTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
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
}
