using System.Diagnostics;
using System.Management.Automation;
using NexudusCommunity.Sandbox;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

public class TokenAndCancellationTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    private int TokenRequests() => Sandbox.Requests.Count(r => r.Path.EndsWith("/api/token"));

    [Fact]
    public void A_token_about_to_expire_is_refreshed_before_it_is_used()
    {
        // Short-lived tokens are renewed at three quarters of their life: a 4 s token after 3 s.
        Sandbox.TokenLifetime = TimeSpan.FromSeconds(4);
        try
        {
            Ps.Run(Connect).AssertNoErrors();
            Assert.Equal(1, TokenRequests());
            Thread.Sleep(3200);

            Ps.Run("New-CommunityGroup -UserId 5001 -Name 'After expiry' | Out-Null").AssertNoErrors();

            Assert.Equal(2, TokenRequests());
            Assert.Equal(0, Sandbox.Requests.Count(r => r.Status == 401));
        }
        finally
        {
            Sandbox.TokenLifetime = TimeSpan.FromHours(1);
        }
    }

    [Fact]
    public void A_short_lived_token_is_used_for_its_life_not_renewed_before_every_request()
    {
        Sandbox.TokenLifetime = TimeSpan.FromSeconds(50); // under the minute a longer token is renewed early by
        try
        {
            Ps.Run(Connect).AssertNoErrors();
            Ps.Run("1..5 | ForEach-Object { New-CommunityGroup -UserId 5001 -Name \"Short $_\" } | Out-Null; Get-CommunityGroup | Out-Null").AssertNoErrors();

            Assert.Equal(1, TokenRequests());
        }
        finally
        {
            Sandbox.TokenLifetime = TimeSpan.FromHours(1);
        }
    }

    [Fact]
    public void A_revoked_token_is_renewed_once_and_a_second_refusal_is_a_clear_authentication_error()
    {
        Ps.Run(Connect).AssertNoErrors();
        Sandbox.RevokeAllTokens();
        Ps.Run("Get-CommunityGroup | Out-Null").AssertNoErrors();
        Assert.Equal(1, Sandbox.Requests.Count(r => r.Status == 401));

        // The server now refuses every token it issues: one renewal, then an error, not a loop.
        Sandbox.TokenLifetime = TimeSpan.Zero;
        try
        {
            Sandbox.RevokeAllTokens();
            var result = Ps.Run("Get-CommunityGroup");
            Assert.Equal(ErrorCategory.AuthenticationError, result.FirstError.CategoryInfo.Category);
            Assert.True(TokenRequests() <= 4, $"token requests: {TokenRequests()}");
        }
        finally
        {
            Sandbox.TokenLifetime = TimeSpan.FromHours(1);
        }
    }

    [Fact]
    public void Ctrl_C_stops_a_cmdlet_waiting_for_its_pacing_slot()
    {
        // One write per ten minutes: the first create goes at once, the second waits for its slot.
        Ps.Run("""
            Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -BusinessId 1001 -WritesPerMinute 1 -RateLimitWindow 00:10:00
            New-CommunityGroup -UserId 5001 -Name 'First' | Out-Null
            """).AssertNoErrors();
        using var ps = PowerShell.Create();
        ps.Runspace = Ps.Runspace;
        ps.AddScript("New-CommunityGroup -UserId 5001 -Name 'Never sent'");
        var running = ps.BeginInvoke();
        Thread.Sleep(500);

        var watch = Stopwatch.StartNew();
        ps.Stop(); // what Ctrl+C does at a console

        Assert.True(running.IsCompleted);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {watch.Elapsed}");
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        Assert.Equal(new[] { "First" }, Sandbox.Store.Records<NexudusCommunity.Models.CommunityGroup>().Select(g => g.Name));
    }
}
