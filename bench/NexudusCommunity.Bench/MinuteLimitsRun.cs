using System.Diagnostics;
using NexudusCommunity.Sandbox;

/// <summary>
/// N creates piped into New-CommunityGroup against a sandbox that enforces the published per-minute limits (1
/// request per 100 ms, 120 per minute, 60 writes per minute), with time scaled by --scale to keep the run short.
/// The sandbox answers a create as the live API does (the whole record in Value: one POST per create), or with
/// --create-answer id as the older pages show it (the Id only: a POST and a read-back GET). Prints the requests per
/// create (target 1.0, plus the sign-in) and the achieved write rate against the allowed one (target >= 90 %).
/// </summary>
internal static class MinuteLimitsRun
{
    public static async Task<int> RunAsync(int records, int scale, bool explain, CreateAnswer createAnswer)
    {
        await using var host = await BenchHost.StartAsync();
        var sandbox = host.Sandbox;
        sandbox.CreateAnswer = createAnswer;
        var limits = new RateLimitOptions { Scale = scale };
        var window = TimeSpan.FromMinutes(1) / scale;
        var interval = TimeSpan.FromMilliseconds(limits.MinIntervalMs) / scale;
        sandbox.Limits = limits; // on before signing in: the server counts those requests too
        host.Invoke($$"""
            param($BaseUri, $Credential, $Interval, $Window)
            Connect-Nexudus -BaseUri $BaseUri -Credential $Credential -BusinessId {{DemoIds.SandboxCoworking}} `
                -MinRequestInterval $Interval -RequestsPerMinute 120 -WritesPerMinute 60 -RateLimitWindow $Window
            """, sandbox.BaseUri, BenchHost.Credential(), interval, window);
        var signInRequests = sandbox.Requests.Count();

        var watch = Stopwatch.StartNew();
        var result = host.Invoke($$"""
            $failed = $null
            $made = 1..{{records}} | ForEach-Object { [pscustomobject]@{ Name = "Bench $_"; UserId = {{DemoIds.FirstUser}} } } |
                New-CommunityGroup -ErrorAction SilentlyContinue -ErrorVariable failed
            @($made).Count; @($failed).Count
            """);
        watch.Stop();

        var created = (int)result[0].BaseObject;
        var errors = (int)result[1].BaseObject;
        var stored = sandbox.Store.Count(SandboxEntities.CommunityGroup);
        // The requests as the server counted them, after the sign-in's. The fastest schedule the limits allow fills
        // whole windows (60 writes, 120 requests each) back to back; the last one partly.
        var requests = sandbox.Requests.Count();
        var perCreate = (double)(requests - signInRequests) / records;
        var windowsNeeded = Math.Max((records + 59) / 60, (requests + 119) / 120);
        var lastWindowRequests = requests - (windowsNeeded - 1) * 120;
        var fastest = (windowsNeeded - 1) * window + Math.Max(0, lastWindowRequests - 1) * interval;
        var allowedPerSecond = 60 / window.TotalSeconds;
        var achievedPerSecond = records / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"records            {records}");
        Console.WriteLine($"time scale         x{scale} (window {window.TotalSeconds:0.###} s, interval {interval.TotalMilliseconds:0.#} ms)");
        Console.WriteLine($"created            {created} (stored {stored}), errors {errors}");
        Console.WriteLine($"throttled answers  {sandbox.ThrottledCount}");
        Console.WriteLine($"elapsed            {watch.Elapsed.TotalSeconds:0.00} s (fastest the limits allow: {fastest.TotalSeconds:0.00} s)");
        Console.WriteLine($"create answer      {(createAnswer == CreateAnswer.Record ? "the whole record in Value (as the live API)" : "the Id only in Value (older pages): read back")}");
        Console.WriteLine($"requests           {requests} ({signInRequests} to sign in, then {requests - signInRequests} for {records} creates)");
        Console.WriteLine($"requests per create {perCreate:0.00} plus the sign-in (target 1.00 when the answer holds the record)");
        Console.WriteLine($"write rate         {achievedPerSecond:0.00}/s against {allowedPerSecond:0.00}/s allowed (60 per {window.TotalSeconds:0.###} s)");
        Console.WriteLine($"ratio              {achievedPerSecond / allowedPerSecond:P1} of the allowed write rate (target >= 90 %)");
        Console.WriteLine($"schedule           {fastest / watch.Elapsed:P1} of the fastest schedule the limits allow");
        if (explain) Explain(sandbox, window);
        var expectedPerCreate = createAnswer == CreateAnswer.Record ? 1 : 2;
        return created == records && errors == 0 && sandbox.ThrottledCount == 0 && Math.Abs(perCreate - expectedPerCreate) < 0.001 ? 0 : 1;
    }

    private static void Explain(SandboxServer sandbox, TimeSpan window)
    {
        var log = sandbox.Requests.Snapshot();
        var posts = log.Where(r => r.Method == "POST" && r.Status == 200).ToList();
        for (var w = 0; w < posts.Count; w += 60)
        {
            var last = posts[Math.Min(posts.Count - 1, w + 59)];
            Console.WriteLine($"writes {w + 1}-{Math.Min(posts.Count, w + 60)}: first at {(posts[w].Timestamp - posts[0].Timestamp).TotalSeconds:0.000} s, burst took {(last.Timestamp - posts[w].Timestamp).TotalSeconds:0.000} s");
        }
        for (var i = 1; i < log.Count; i++)
            if (log[i].Status is 409 or 429)
            {
                var accepted = log.Take(i).Where(r => r.Status is not (409 or 429)).ToList();
                var prev = accepted.Last();
                var writesInWindow = accepted.Count(r => r.IsWrite && log[i].Timestamp - r.Timestamp < window);
                var inWindow = accepted.Count(r => log[i].Timestamp - r.Timestamp < window);
                Console.WriteLine($"throttled #{i} {log[i].Method}: {(log[i].Timestamp - prev.Timestamp).TotalMilliseconds:0.0} ms after the previous accepted; {inWindow} requests and {writesInWindow} writes in the window before it");
            }
    }
}
