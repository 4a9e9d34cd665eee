using System.Diagnostics;
using NexudusCommunity.Api;
using NexudusCommunity.Api.Http;

namespace NexudusCommunity.Tests;

/// <summary>The pacer's promise, by the precise clock the server also keeps: never a request too soon.</summary>
public class RequestPacerTests
{
    [Fact]
    public async Task Every_request_leaves_at_least_the_minimum_interval_after_the_previous_answer()
    {
        // The sandbox (and a real server) measures gaps with a precise clock; timers tick coarsely (about 4 ms on
        // Linux), so a pacer that trusts one Task.Delay sends some requests a tick early and gets them throttled.
        var interval = TimeSpan.FromMilliseconds(5);
        var pacer = new RequestPacer(new RateLimitPolicy { MinInterval = interval, RequestsPerWindow = 0, WritesPerWindow = 0 });
        var clock = Stopwatch.StartNew();
        var early = new List<string>();
        TimeSpan? answeredAt = null;
        for (var i = 0; i < 500; i++)
        {
            using (await pacer.WaitForSlotAsync(isWrite: false, CancellationToken.None))
            {
                var sentAt = clock.Elapsed;
                if (answeredAt is { } previous && sentAt - previous < interval)
                    early.Add($"request {i}: {(sentAt - previous).TotalMilliseconds:0.000} ms after the previous answer");
                if (i % 3 == 0) await Task.Yield(); // answers come back on other threads, as real ones do
                answeredAt = clock.Elapsed;
            }
        }
        Assert.Empty(early);
    }
}
