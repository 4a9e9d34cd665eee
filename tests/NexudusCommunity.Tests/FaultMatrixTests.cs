using NexudusCommunity.Sandbox;
using NexudusCommunity.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NexudusCommunity.Tests;

/// <summary>
/// Under each fault the sandbox can inject, a bulk job of creates, then updates, then deletes must end with every
/// record done exactly once or reported once as an error: nothing lost, nothing duplicated, errors = records not done.
/// Only a verdict (200 with WasSuccessful false) may leave errors: every other fault is ridden out, creates
/// included (sent again only when a check shows the server did not make the record).
/// </summary>
public class FaultMatrixTests(SandboxFixture sandbox, ITestOutputHelper output) : ModuleTest(sandbox)
{
    private const int Records = 200;

    public static TheoryData<string> Faults() => new()
    {
        "none", "latency", "throttle409", "throttle429", "server503", "server500AfterProcessing", "dropConnection",
        "dropAfterProcessing", "malformedJson", "htmlGateway", "unsuccessful200",
        "throttle429WaitText", "throttle429WaitJson", "throttle429Bare", "throttle409RetryAfterDate", "server503Every7th", "generic500Bursts",
    };

    /// <summary>Faults that are the server's verdict on the record, not a passing failure: errors are right for them.</summary>
    private static readonly string[] Verdicts = ["unsuccessful200"];

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
            case "throttle429WaitText": f.RetryAfterSeconds = 0; f.ThrottleStatus = 429; f.ThrottleRetryAfter = RetryAfterForm.None; f.ThrottleBody = ThrottleBodyForm.Text; f.ThrottleEveryNth = 7; break;
            case "throttle429WaitJson": f.RetryAfterSeconds = 0; f.ThrottleStatus = 429; f.ThrottleRetryAfter = RetryAfterForm.None; f.ThrottleBody = ThrottleBodyForm.Json; f.ThrottleEveryNth = 7; break;
            case "throttle429Bare": f.ThrottleStatus = 429; f.ThrottleRetryAfter = RetryAfterForm.None; f.ThrottleEveryNth = 7; break;
            case "throttle409RetryAfterDate": f.RetryAfterSeconds = 0; f.ThrottleRetryAfter = RetryAfterForm.Date; f.ThrottleEveryNth = 80; break; // each waits up to 1 s: the date has whole seconds
            case "server503Every7th": f.ServerErrorEveryNth = 7; break;
            case "generic500Bursts": f.GenericErrorEveryNth = 10; f.GenericErrorBurst = 3; break;
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
            $made = 1..{{Records}} | ForEach-Object { [pscustomobject]@{ Name = "Job $_"; UserId = 5001 } } |
                New-CommunityGroup -ErrorAction SilentlyContinue -ErrorVariable failed
            @($made).Count; @($failed).Count
            """);
        Assert.Null(create.Terminating);
        var (reportedCreated, createErrors) = ((int)create.Output[0].BaseObject, (int)create.Output[1].BaseObject);
        var stored = Groups().Where(g => g.Name.StartsWith("Job ")).ToList();
        Assert.Equal(stored.Count, stored.Select(g => g.Name).Distinct().Count()); // nothing duplicated
        Assert.Equal(Records, stored.Count + createErrors);                           // nothing lost
        Assert.Equal(stored.Count, reportedCreated);                                 // every success reported

        var update = Ps.Run("""
            Get-CommunityGroup -Name 'Job *' | Set-CommunityGroup -Description 'updated' -ErrorAction SilentlyContinue -ErrorVariable failed
            @($failed).Count
            """);
        Assert.Null(update.Terminating);
        var updateErrors = (int)update.Output.Last().BaseObject;
        var updated = Groups().Count(g => g.Description == "updated");
        Assert.Equal(stored.Count, updated + updateErrors);

        var delete = Ps.Run("""
            Get-CommunityGroup -Name 'Job *' | Remove-CommunityGroup -Force -ErrorAction SilentlyContinue -ErrorVariable failed
            @($failed).Count
            """);
        Assert.Null(delete.Terminating);
        var deleteErrors = (int)delete.Output.Last().BaseObject;
        var left = Groups().Count;
        Assert.Equal(left, deleteErrors);
        if (!Verdicts.Contains(fault)) Assert.Equal((0, 0, 0), (createErrors, updateErrors, deleteErrors));

        output.WriteLine($"| {fault} | {Records} | {stored.Count} | {createErrors} | {updated} | {updateErrors} | {stored.Count - left} | {deleteErrors} | {Sandbox.Faults.Injected} |");
    }

    public static TheoryData<string> ThirtyCreateFaults() => new()
    {
        "vendor409", "throttle429WaitText", "throttle429WaitJson", "throttle429Bare", "throttle409RetryAfterDate",
        "server503Every7th", "generic500Bursts", "htmlGateway502Every7th", "dropConnectionEvery7th",
    };

    /// <summary>The evidence: each throttle shape as the API and live clients send it (real waits), and the new faults.</summary>
    [Theory]
    [MemberData(nameof(ThirtyCreateFaults))]
    public void Thirty_piped_creates_end_with_thirty_records_none_twice_no_errors(string fault)
    {
        Ps.Run("Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -BusinessId 1001 -NoRateLimit").AssertNoErrors();
        var f = Sandbox.Faults;
        switch (fault)
        {
            case "vendor409": f.ThrottleEveryNth = 7; break; // 409, the reason phrase, Retry-After: 1, empty body
            case "throttle429WaitText": f.ThrottleStatus = 429; f.ThrottleRetryAfter = RetryAfterForm.None; f.ThrottleBody = ThrottleBodyForm.Text; f.ThrottleEveryNth = 7; break;
            case "throttle429WaitJson": f.ThrottleStatus = 429; f.ThrottleRetryAfter = RetryAfterForm.None; f.ThrottleBody = ThrottleBodyForm.Json; f.ThrottleEveryNth = 7; break;
            case "throttle429Bare": f.ThrottleStatus = 429; f.ThrottleRetryAfter = RetryAfterForm.None; f.ThrottleEveryNth = 7; break;
            case "throttle409RetryAfterDate": f.ThrottleRetryAfter = RetryAfterForm.Date; f.ThrottleEveryNth = 7; break;
            case "server503Every7th": f.ServerErrorEveryNth = 7; break;
            case "generic500Bursts": f.GenericErrorEveryNth = 7; f.GenericErrorBurst = 2; break;
            case "htmlGateway502Every7th": f.HtmlErrorEveryNth = 7; break;
            case "dropConnectionEvery7th": f.DropConnectionEveryNth = 7; break;
            default: throw new ArgumentOutOfRangeException(nameof(fault));
        }

        var create = Ps.Run("""
            $made = 1..30 | ForEach-Object { [pscustomobject]@{ Name = "Thirty $_"; UserId = 5001 } } |
                New-CommunityGroup -ErrorAction SilentlyContinue -ErrorVariable failed
            @($made).Count; @($failed).Count
            """);

        Assert.Null(create.Terminating);
        var stored = Groups().Where(g => g.Name.StartsWith("Thirty ")).Select(g => g.Name).ToList();
        var (reported, errors) = ((int)create.Output[0].BaseObject, (int)create.Output[1].BaseObject);
        output.WriteLine($"| {fault} | 30 | {stored.Count} | {stored.Count - stored.Distinct().Count()} | {errors} | {Sandbox.Faults.Injected} |");
        Assert.Equal((30, 30, 0, 0), (stored.Count, stored.Distinct().Count(), errors, 30 - reported));
        Assert.True(Sandbox.Faults.Injected >= 5, $"only {Sandbox.Faults.Injected} faults met");
    }

    private List<NexudusCommunity.Models.CommunityGroup> Groups() => Sandbox.Store.Records<NexudusCommunity.Models.CommunityGroup>().ToList();
}
