using System.Diagnostics;
using System.Management.Automation;
using NexudusCommunity.Sandbox;

/// <summary>
/// A bulk job larger than the daily write budget (a scaled-down "day"): it must stop before sending the first
/// write over the budget, with one error that gives the count done and the renewal time, and never be throttled.
/// Prints the counts, the error as the user sees it, and how long the stop took.
/// </summary>
internal static class DayBudgetRun
{
    public static async Task<int> RunAsync(int daySeconds, int writesPerDay, int records, int scale)
    {
        await using var host = await BenchHost.StartAsync();
        var sandbox = host.Sandbox;
        var day = TimeSpan.FromSeconds(daySeconds);
        sandbox.Limits = new RateLimitOptions { Scale = scale, WritesPerDay = writesPerDay, DayWindowSeconds = daySeconds * (double)scale };
        host.Invoke($$"""
            param($BaseUri, $Credential, $Interval, $Minute, $WritesPerDay, $Day)
            Connect-Nexudus -BaseUri $BaseUri -Credential $Credential -BusinessId {{DemoIds.SandboxCoworking}} -MinRequestInterval $Interval `
                -RequestsPerMinute 120 -WritesPerMinute 60 -RateLimitWindow $Minute -WritesPerDay $WritesPerDay -DayWindow $Day
            """, sandbox.BaseUri, BenchHost.Credential(), TimeSpan.FromMilliseconds(100) / scale, TimeSpan.FromMinutes(1) / scale, writesPerDay, day);

        var watch = Stopwatch.StartNew();
        var result = host.Invoke($$"""
            $made = [System.Collections.Generic.List[object]]::new()
            $stop = $null
            try { 1..{{records}} | ForEach-Object { [pscustomobject]@{ Name = "Daily $_"; UserId = {{DemoIds.FirstUser}} } } | New-CommunityGroup | ForEach-Object { $made.Add($_) } }
            catch { $stop = $_ }
            $made.Count; $stop
            """);
        watch.Stop();

        var created = (int)result[0].BaseObject;
        var stop = result.Count > 1 ? result[1].BaseObject as ErrorRecord : null;
        var posts = sandbox.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("communitygroups"));
        var firstWrite = sandbox.Requests.Snapshot().First(r => r.IsWrite).Timestamp.ToLocalTime();
        Console.WriteLine($"daily write budget {writesPerDay} writes per {daySeconds} s \"day\" (minute limits x{scale})");
        Console.WriteLine($"job                {records} creates piped into New-CommunityGroup");
        Console.WriteLine($"created            {created} (stored {sandbox.Store.Count(SandboxEntities.CommunityGroup)}); POSTs sent {posts}; throttled answers {sandbox.ThrottledCount}");
        Console.WriteLine($"stopped after      {watch.Elapsed.TotalSeconds:0.00} s; first write at {firstWrite:HH:mm:ss.fff}, so the budget renews from about {firstWrite + day:HH:mm:ss}");
        Console.WriteLine($"error category     {stop?.CategoryInfo.Category} ({stop?.FullyQualifiedErrorId})");
        Console.WriteLine($"error              {stop?.Exception.Message}");
        var ok = stop?.CategoryInfo.Category == ErrorCategory.LimitsExceeded && created == writesPerDay && posts == writesPerDay && sandbox.ThrottledCount == 0;
        return ok ? 0 : 1;
    }
}
