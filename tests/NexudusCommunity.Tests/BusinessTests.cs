using NexudusCommunity.Models;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>
/// What the Pester suite (tests/Pester, the user-facing behaviour) does not show: a sandbox whose account has
/// exactly one business, set in its store. Behaviour it shows is tested there only.
/// </summary>
public class BusinessTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    [Fact]
    public void With_exactly_one_business_Connect_makes_it_the_default()
    {
        Sandbox.Store.SetBusinesses(new[] { new NexudusCommunity.Sandbox.Business { Id = 2001, Name = "Only Space" } });

        var result = Ps.Run("Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -NoRateLimit; New-CommunityGroup -Name 'Defaulted'");

        result.AssertNoErrors();
        var group = result.Objects<CommunityGroup>().Single();

        Assert.Equal(2001, group.BusinessId);
    }
}
