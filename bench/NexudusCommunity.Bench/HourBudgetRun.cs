using System.Diagnostics;
using NexudusCommunity.Sandbox;

/// <summary>
/// A bulk job several "hours" long against a sandbox enforcing an hourly budget with a scaled-down hour (and the
/// per-minute limits, time scaled by --scale). The pacer should spend the budget whole in every hour window and
/// never be throttled. Prints the requests per hour window (from the server's log) against the budget, the
/// busiest window of that length anywhere, the throttled count, and time against the fastest schedule.
/// </summary>
internal static class HourBudgetRun
{
    public static async Task<int> RunAsync(int hourSeconds, int budget, int hours, int scale)
    {
        await using var host = await BenchHost.StartAsync();
        var sandbox = host.Sandbox;
        var hour = TimeSpan.FromSeconds(hourSeconds);
        var minute = TimeSpan.FromMinutes(1) / scale;
        var interval = TimeSpan.FromMilliseconds(100) / scale;
        sandbox.Limits = new RateLimitOptions { Scale = scale, PerHour = budget, HourWindowSeconds = hourSeconds * (double)scale };
        host.Invoke($$"""
            param($BaseUri, $Credential, $Interval, $Minute, $Budget, $Hour)
            Connect-Nexudus -BaseUri $BaseUri -Credential $Credential -BusinessId {{DemoIds.SandboxCoworking}} -MinRequestInterval $Interval `
                -RequestsPerMinute 120 -WritesPerMinute 60 -RateLimitWindow $Minute -RequestsPerHour $Budget -HourWindow $Hour
            """, sandbox.BaseUri, BenchHost.Credential(), interval, minute, budget, hour);
        var signIn = sandbox.Requests.Count();
        var records = hours * budget - signIn + 1; // each create is one POST: the answer holds the record

        var watch = Stopwatch.StartNew();
        var result = host.Invoke($$"""
            $failed = $null
            $made = 1..{{records}} | ForEach-Object { [pscustomobject]@{ Name = "Hourly $_"; UserId = {{DemoIds.FirstUser}} } } |
                New-CommunityGroup -ErrorAction SilentlyContinue -ErrorVariable failed
            @($made).Count; @($failed).Count
            """);
        watch.Stop();

        var accepted = sandbox.Requests.Snapshot().Where(r => r.Status is not (409 or 429)).Select(r => r.Timestamp).OrderBy(t => t).ToList();
        var start = accepted[0];
        var span = accepted[^1] - start;
        var fullWindows = (int)(span / hour);
        var perWindow = Enumerable.Range(0, fullWindows)
            .Select(k => accepted.Count(t => t >= start + k * hour && t < start + (k + 1) * hour)).ToList();
        var busiest = accepted.Select((t, i) => accepted.Skip(i).TakeWhile(u => u - t < hour).Count()).Max();
        var inFullWindows = perWindow.Sum();
        var rateRatio = fullWindows == 0 ? double.NaN : inFullWindows / (fullWindows * (double)budget);
        var bursts = (accepted.Count + budget - 1) / budget;
        var lastBurst = accepted.Count - (bursts - 1) * budget;
        var fastest = (bursts - 1) * hour + Math.Max(0, lastBurst - 1) * interval;

        Console.WriteLine($"hour budget        {budget} requests per {hourSeconds} s \"hour\" (minute limits x{scale}: 120 requests, 60 writes per {minute.TotalSeconds:0.###} s, {interval.TotalMilliseconds:0.#} ms apart)");
        Console.WriteLine($"job                {records} creates piped into New-CommunityGroup = {accepted.Count} requests with the {signIn} of signing in ({accepted.Count / (double)budget:0.00} hours' worth)");
        Console.WriteLine($"created            {(int)result[0].BaseObject} (stored {sandbox.Store.Count(SandboxEntities.CommunityGroup)}), errors {(int)result[1].BaseObject}");
        Console.WriteLine($"throttled answers  {sandbox.ThrottledCount}");
        Console.WriteLine($"per hour window    {string.Join(", ", perWindow)} (full windows from the first request; budget {budget} each)");
        Console.WriteLine($"rate               {rateRatio:P1} of the hour budget over the {fullWindows} full windows (target 95-100 %)");
        Console.WriteLine($"busiest window     {busiest} requests in any {hourSeconds} s (budget {budget})");
        Console.WriteLine($"elapsed            {span.TotalSeconds:0.00} s first to last request; fastest the budgets allow {fastest.TotalSeconds:0.00} s ({fastest / span:P1})");
        var ok = sandbox.ThrottledCount == 0 && busiest <= budget && rateRatio >= 0.95 && (int)result[1].BaseObject == 0;
        return ok ? 0 : 1;
    }
}
