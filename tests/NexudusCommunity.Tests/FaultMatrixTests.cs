using NexudusCommunity.Sandbox;
using NexudusCommunity.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NexudusCommunity.Tests;

/// <summary>
/// Under each fault the sandbox can inject, a bulk job of creates, then updates, then deletes must end with every
/// record done exactly once or reported once as an error: nothing lost, nothing duplicated, errors = records not done.
/// </summary>
public class FaultMatrixTests(SandboxFixture sandbox, ITestOutputHelper output) : ModuleTest(sandbox)
{
    private const int Records = 200;

    public static TheoryData<string> Faults() => new()
    {
        "none", "latency", "throttle409", "throttle429", "server503", "server500AfterProcessing", "dropConnection",
        "dropAfterProcessing", "malformedJson", "htmlGateway", "unsuccessful200",
    };

    private void Inject(string fault)
    {
        var f = Sandbox.Faults;
        switch (fault)
        {
            case "none": break;
            case "latency": f.LatencyMs = 3; break;
            case "throttle409": f.RetryAfterSeconds = 0; f.ThrottleEveryNth = 7; break;
            case "throttle429": f.RetryAfterSeconds = 0; f.ThrottleStatus = 429; f.ThrottleEveryNth = 6; break;
            case "server503": f.ServerErrorEveryNth = 9; break;
            case "server500AfterProcessing": f.ServerErrorAfterProcessingEveryNth = 11; break;
            case "dropConnection": f.DropConnectionEveryNth = 13; break;
            case "dropAfterProcessing": f.DropAfterProcessingEveryNth = 12; break;
            case "malformedJson": f.MalformedJsonEveryNth = 5; break;
            case "htmlGateway": f.HtmlErrorEveryNth = 8; break;
            case "unsuccessful200": f.UnsuccessfulEveryNth = 10; break;
            default: throw new ArgumentOutOfRangeException(nameof(fault));
        }
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_bulk_job_reconciles_exactly_under_each_fault(string fault)
    {
        Ps.Run("Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -BusinessId 1001 -NoRateLimit -RetryBaseDelay 00:00:00.005 -MaxRetries 8")
            .AssertNoErrors();
        Inject(fault);

        var create = Ps.Run($$"""
            $made = 1..{{Records}} | ForEach-Object { [pscustomobject]@{ Name = "Job $_" } } |
                New-CommunityGroup -ErrorAction SilentlyContinue -ErrorVariable failed
            @($made).Count; @($failed).Count
            """);
        Assert.Null(create.Terminating);
        var (reportedCreated, createErrors) = ((int)create.Output[0].BaseObject, (int)create.Output[1].BaseObject);
        var stored = Sandbox.Store.Groups.Where(g => g.Name.StartsWith("Job ")).ToList();
        Assert.Equal(stored.Count, stored.Select(g => g.Name).Distinct().Count()); // nothing duplicated
        Assert.Equal(Records, stored.Count + createErrors);                           // nothing lost
        Assert.Equal(stored.Count, reportedCreated);                                 // every success reported

        var update = Ps.Run("""
            Get-CommunityGroup -Name 'Job *' | Set-CommunityGroup -Description 'updated' -ErrorAction SilentlyContinue -ErrorVariable failed
            @($failed).Count
            """);
        Assert.Null(update.Terminating);
        var updateErrors = (int)update.Output.Last().BaseObject;
        var updated = Sandbox.Store.Groups.Count(g => g.Description == "updated");
        Assert.Equal(stored.Count, updated + updateErrors);

        var delete = Ps.Run("""
            Get-CommunityGroup -Name 'Job *' | Remove-CommunityGroup -Force -ErrorAction SilentlyContinue -ErrorVariable failed
            @($failed).Count
            """);
        Assert.Null(delete.Terminating);
        var deleteErrors = (int)delete.Output.Last().BaseObject;
        var left = Sandbox.Store.Groups.Count;
        Assert.Equal(left, deleteErrors);

        output.WriteLine($"| {fault} | {Records} | {stored.Count} | {createErrors} | {updated} | {updateErrors} | {stored.Count - left} | {deleteErrors} | {Sandbox.Faults.Injected} |");
    }
}
