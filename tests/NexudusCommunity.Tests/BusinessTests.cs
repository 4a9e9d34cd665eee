using NexudusCommunity.Models;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

public class BusinessTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    [Fact]
    public void Get_NexudusBusiness_lists_the_accounts_businesses()
    {
        var businesses = RunOk("Get-NexudusBusiness").Objects<Business>().ToList();
        Assert.Equal(new[] { 1001, 1002 }, businesses.Select(b => b.Id).OrderBy(i => i));
        Assert.All(businesses, b => Assert.False(string.IsNullOrEmpty(b.Name)));
        Assert.Equal(new[] { "Sandbox Annex" }, RunOk("Get-NexudusBusiness -Name '*Annex'").Objects<Business>().Select(b => b.Name));
    }

    [Fact]
    public void With_two_businesses_no_default_is_guessed_and_New_says_to_pass_BusinessId()
    {
        var result = Ps.Run("Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -NoRateLimit; (Get-NexudusConnection).BusinessId; New-CommunityGroup -Name 'Where?'");

        Assert.Null(result.Output.Single()?.BaseObject);
        Assert.Contains("BusinessId", Assert.Single(result.Errors).ToString());
        Assert.Empty(Sandbox.Store.Groups);
    }

    [Fact]
    public void With_exactly_one_business_Connect_makes_it_the_default()
    {
        Sandbox.Store.SetBusinesses(new[] { new NexudusCommunity.Sandbox.Business { Id = 2001, Name = "Only Space" } });

        var result = Ps.Run("Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -NoRateLimit; New-CommunityGroup -Name 'Defaulted'");

        result.AssertNoErrors();
        var group = result.Objects<CommunityGroup>().Single();

        Assert.Equal(2001, group.BusinessId);
    }

    [Fact]
    public void A_BusinessId_the_account_does_not_have_is_refused_by_Connect()
    {
        var result = Ps.Run("Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -BusinessId 777 -NoRateLimit");

        Assert.Contains("BusinessId", result.FirstError.ToString());
        Assert.Contains("1001", result.FirstError.ToString());
    }
}
