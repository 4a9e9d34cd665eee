using System.Management.Automation;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>A long pause for a budget shows at the prompt as a countdown, never as a hang.</summary>
public class WaitProgressTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    [Fact]
    public void Waiting_for_the_hour_budget_shows_a_countdown_that_completes()
    {
        var host = new CapturingHost();
        using var session = new PsSession(host: host);
        session.Set("BaseUri", Sandbox.BaseUri);
        session.Set("AdminCredential", Credentials.Admin);

        // Signing in costs 3 requests; the 2nd create must wait about 2 s for the first of them to age out.
        session.Run("""
            Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -BusinessId 1001 -RequestsPerHour 4 -HourWindow 00:00:02
            1..2 | ForEach-Object { [pscustomobject]@{ Name = "Paced $_"; UserId = 5001 } } | New-CommunityGroup | Out-Null
            """).AssertNoErrors();

        List<ProgressRecord> waits;
        lock (host.Progress) waits = host.Progress.Where(p => p.Activity == "Waiting for the Nexudus API").ToList();
        Assert.Contains(waits, p => p.StatusDescription.Contains("to stay within 4 requests per 2 s") && p.SecondsRemaining is >= 1 and <= 2);
        Assert.Equal(ProgressRecordType.Completed, waits.Last().RecordType);
        Assert.Equal(2, Sandbox.Store.Count(NexudusCommunity.Sandbox.SandboxEntities.CommunityGroup));
    }
}
