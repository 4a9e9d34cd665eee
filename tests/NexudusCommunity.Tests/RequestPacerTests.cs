using System.Diagnostics;
using NexudusCommunity.Api;
using NexudusCommunity.Api.Errors;
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

/// <summary>The hourly and daily budgets: never more than a budget in any window, and a spent daily budget stops.</summary>
public class RequestPacerBudgetTests
{
    private static RateLimitPolicy Only(Action<RateLimitPolicy> set)
    {
        var policy = RateLimitPolicy.Unlimited;
        set(policy);
        return policy;
    }

    [Fact]
    public async Task The_hour_budget_makes_requests_wait_never_letting_a_window_hold_more()
    {
        var window = TimeSpan.FromMilliseconds(300);
        var pacer = new RequestPacer(Only(p => { p.RequestsPerHour = 5; p.HourWindow = window; }));
        var clock = Stopwatch.StartNew();
        var sent = new List<TimeSpan>();
        var answered = new List<TimeSpan>();
        for (var i = 0; i < 15; i++)
        {
            using (await pacer.WaitForSlotAsync(isWrite: i % 2 == 0, CancellationToken.None))
            {
                sent.Add(clock.Elapsed);
                answered.Add(clock.Elapsed);
            }
        }

        // The server counts arrivals (between our send and its answer): the 6th after any request must leave a
        // whole window after that one was answered.
        for (var i = 0; i + 5 < sent.Count; i++)
            Assert.True(sent[i + 5] - answered[i] >= window, $"request {i + 5} left {(sent[i + 5] - answered[i]).TotalMilliseconds:0.0} ms after request {i} was answered");
        Assert.True(sent[^1] >= window + window, "15 requests at 5 per window need three windows");
    }

    [Fact]
    public async Task A_spent_daily_write_budget_fails_the_next_write_unsent_saying_when_it_renews()
    {
        var pacer = new RequestPacer(Only(p => { p.WritesPerDay = 3; p.DayWindow = TimeSpan.FromHours(1); }));
        for (var i = 0; i < 3; i++)
            using (await pacer.WaitForSlotAsync(isWrite: true, CancellationToken.None)) { }
        var watch = Stopwatch.StartNew();

        var spent = await Assert.ThrowsAsync<NexudusApiException>(() => pacer.WaitForSlotAsync(isWrite: true, CancellationToken.None));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), "it does not wait for the day to pass");
        Assert.Equal(ApiErrorKind.BudgetSpent, spent.Kind);
        Assert.Equal(3, spent.SpentBudget.Used);
        Assert.Equal(3, spent.SpentBudget.Limit);
        Assert.Equal("writes", spent.SpentBudget.Counts);
        Assert.InRange(spent.SpentBudget.RenewsFrom, DateTimeOffset.Now.AddMinutes(59), DateTimeOffset.Now.AddMinutes(61));
        Assert.Contains("the budget of 3 writes per 1 h is spent (3 sent in the last 1 h by this connection)", spent.Message);
        Assert.Contains("It renews from ", spent.Message);
        // Reads are not writes, and the refused write did not keep the gate shut.
        using (await pacer.WaitForSlotAsync(isWrite: false, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5))) { }
    }

    [Fact]
    public async Task A_spent_daily_request_budget_stops_reads_too()
    {
        var pacer = new RequestPacer(Only(p => { p.RequestsPerDay = 2; p.DayWindow = TimeSpan.FromHours(2); }));
        using (await pacer.WaitForSlotAsync(isWrite: false, CancellationToken.None)) { }
        using (await pacer.WaitForSlotAsync(isWrite: true, CancellationToken.None)) { }

        var spent = await Assert.ThrowsAsync<NexudusApiException>(() => pacer.WaitForSlotAsync(isWrite: false, CancellationToken.None));

        Assert.Equal("requests", spent.SpentBudget.Counts);
        Assert.Contains("2 requests per 2 h", spent.Message);
    }

    [Fact]
    public async Task A_wait_for_the_hour_budget_is_announced_with_the_budget_it_keeps()
    {
        var pacer = new RequestPacer(Only(p => { p.RequestsPerHour = 1; p.HourWindow = TimeSpan.FromMilliseconds(1100); }));
        var announced = new List<ApiWait>();
        using (ApiTrace.Use(_ => { }, announced.Add))
        {
            using (await pacer.WaitForSlotAsync(isWrite: false, CancellationToken.None)) { }
            using (await pacer.WaitForSlotAsync(isWrite: false, CancellationToken.None)) { }
        }

        var wait = Assert.Single(announced);
        Assert.Contains("to stay within 1 request per 1.1 s", wait.Reason);
        Assert.InRange(wait.Length, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.2));
    }

    [Fact]
    public async Task Ctrl_C_ends_a_wait_for_the_hour_budget()
    {
        var pacer = new RequestPacer(Only(p => { p.RequestsPerHour = 1; p.HourWindow = TimeSpan.FromHours(1); }));
        using (await pacer.WaitForSlotAsync(isWrite: false, CancellationToken.None)) { }
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pacer.WaitForSlotAsync(isWrite: false, cancel.Token));
    }
}

/// <summary>The compact window behind the hourly and daily budgets: bounded memory, and never an undercount.</summary>
public class RollingCountTests
{
    [Fact]
    public void Counts_are_never_below_the_exact_sliding_count_and_slots_never_overfill_a_window()
    {
        var random = new Random(12345);
        var window = TimeSpan.FromSeconds(10);
        const int limit = 20;
        var counted = new RollingCount(window); // groups of 10 ms
        var exact = new List<TimeSpan>();
        var now = TimeSpan.Zero;
        var live = 0; // exact[..live] have left every window from now on: the list is in time order
        int Exact(TimeSpan at) => exact.Skip(live).Count(t => t <= at && at - window < t);
        for (var i = 0; i < 3000; i++)
        {
            while (live < exact.Count && exact[live] + window <= now) live++;
            // Bursts of requests a few ms apart (each burst spans several groups), pauses of up to seconds.
            var next = now + TimeSpan.FromTicks(random.Next(10) == 0 ? random.Next(1, 30_000_000) : random.Next(1, 30_000));

            // Time only moves on, as the pacer's clock does. On the way, probe the moments an undercount would
            // show: just before and as each earlier request ages out.
            var probes = exact.Skip(live).SelectMany(t => new[] { t + window - TimeSpan.FromTicks(1), t + window })
                .Where(p => p > now && p <= next).OrderBy(p => p);
            foreach (var probe in probes)
                Assert.True(counted.CountAt(probe) >= Exact(probe), $"undercount at {probe}: {counted.CountAt(probe)} < {Exact(probe)}");

            // Send only when the count says there is room: the exact count then never passes the limit.
            now = next;
            var freeAt = counted.NextFreeAt(limit, now);
            if (freeAt > now) now = freeAt;
            counted.Add(now);
            exact.Add(now);
            Assert.True(Exact(now) <= limit, $"{limit + 1} in one window at {now}");
        }
    }

    [Fact]
    public void A_days_worth_of_requests_fits_in_about_a_thousand_groups()
    {
        var day = TimeSpan.FromDays(1);
        var counted = new RollingCount(day);
        var step = TimeSpan.FromTicks(day.Ticks / 200_000);
        for (var i = 0; i < 200_000; i++) counted.Add(TimeSpan.FromTicks(step.Ticks * i));

        Assert.InRange(counted.Groups, 1, 1002);
        Assert.Equal(200_000, counted.CountAt(TimeSpan.FromTicks(step.Ticks * 199_999)));
        // A group leaves whole, when its last request does: a little late, never early.
        Assert.InRange(counted.CountAt(day + TimeSpan.FromTicks(step.Ticks * 1000)), 198_999, 198_999 + 200); // exact: 198,999; at most one group (200) more
    }
}
