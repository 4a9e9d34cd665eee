using NexudusCommunity.Sandbox;
using NexudusCommunity.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NexudusCommunity.Tests;

/// <summary>One connection shared by parallel runspaces shares one pacer; two connections stay independent.</summary>
public class ConcurrencyTests(SandboxFixture sandbox, ITestOutputHelper output) : ModuleTest(sandbox)
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
            // On failure, the requests around each throttled one say which rule the client broke.
            for (var i = 1; i < log.Count; i++)
                if (log[i].Status is 409 or 429)
                    for (var j = Math.Max(0, i - 3); j <= Math.Min(log.Count - 1, i + 1); j++)
                        output.WriteLine($"{(j == i ? "THROTTLED" : "         ")} #{j} {log[j].Method} {log[j].Path} {log[j].Status} +{(log[j].Timestamp - log[Math.Max(0, j - 1)].Timestamp).TotalMilliseconds:0.000} ms");
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
