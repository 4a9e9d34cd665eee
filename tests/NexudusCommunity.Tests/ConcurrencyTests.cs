using NexudusCommunity.Sandbox;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>One connection shared by parallel runspaces shares one pacer; two connections stay independent.</summary>
public class ConcurrencyTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    [Fact]
    public void ForEach_Object_Parallel_on_one_connection_respects_the_shared_limit()
    {
        // The published limits, ten times faster: 10 ms apart, 120 requests and 60 writes per 6 s.
        Sandbox.Limits = new RateLimitOptions { Scale = 10 };
        try
        {
            Ps.Set("Manifest", RepoPaths.ModuleManifest);
            var result = Ps.Run("""
                $c = Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -BusinessId 1001 -PassThru `
                    -MinRequestInterval 00:00:00.010 -RequestsPerMinute 120 -WritesPerMinute 60 -RateLimitWindow 00:00:06
                1..4 | ForEach-Object -ThrottleLimit 4 -Parallel {
                    Import-Module $using:Manifest
                    $worker = $_
                    1..10 | ForEach-Object { New-CommunityGroup -Name "Worker $worker item $_" -Connection $using:c }
                } | ForEach-Object { $_.Name }
                """);

            result.AssertNoErrors();
            var log = Sandbox.Requests.Snapshot();
            for (var i = 1; i < log.Count; i++)
                if (log[i].Status is 409 or 429)
                    Console.WriteLine($"THROTTLED {log[i].Method} {log[i].Path} at {(log[i].Timestamp - log[i - 1].Timestamp).TotalMilliseconds} ms after {log[i - 1].Method} {log[i - 1].Path} {log[i - 1].Status}; index {i}");
            Assert.Equal(40, result.Output.Count);
            Assert.Equal(40, Sandbox.Store.Groups.Select(g => g.Name).Distinct().Count());
            Assert.Equal(0, Sandbox.ThrottledCount);
        }
        finally
        {
            Sandbox.Limits = null;
        }
    }

    [Fact]
    public void Each_runspace_has_its_own_default_connection()
    {
        using var other = new PsSession();
        other.Set("BaseUri", Sandbox.BaseUri);
        other.Set("ReaderCredential", Credentials.Reader);

        RunOk("Get-NexudusConnection | Out-Null");
        other.Run("Connect-Nexudus -BaseUri $BaseUri -Credential $ReaderCredential -NoRateLimit").AssertNoErrors();

        Assert.Equal(SandboxUsers.AdminEmail, Ps.Run("(Get-NexudusConnection).UserName").Output.Single().ToString());
        Assert.Equal(SandboxUsers.ReaderEmail, other.Run("(Get-NexudusConnection).UserName").Output.Single().ToString());
    }
}
