namespace NexudusCommunity.Sandbox;

/// <summary>
/// The published Nexudus limits: 1 request per 100 ms; 120 requests and 60 writes per minute; 5,000 requests per
/// hour; 200,000 requests and 5,000 writes per day (0 turns one off). Scale divides every time so tests run
/// faster (Scale 10: 10 ms between requests, 120 per 6 s, 5,000 per 6 min); HourWindowSeconds and
/// DayWindowSeconds set the hour and day windows themselves (before Scale), for budgets tested in seconds
/// (an "hour" of 20 s: HourWindowSeconds 20).
/// </summary>
public sealed class RateLimitOptions
{
    public int MinIntervalMs { get; set; } = 100;
    public int PerMinute { get; set; } = 120;
    public int WritesPerMinute { get; set; } = 60;
    public int PerHour { get; set; } = 5000;
    public int PerDay { get; set; } = 200000;
    /// <summary>The current page's 5,000 (an older one said 2,500).</summary>
    public int WritesPerDay { get; set; } = 5000;
    public double HourWindowSeconds { get; set; } = 3600;
    public double DayWindowSeconds { get; set; } = 86400;
    public double Scale { get; set; } = 1;

    /// <summary>409 (the API's) or 429.</summary>
    public int ThrottleStatus { get; set; } = 409;
    /// <summary>Seconds (the API's), Date or None.</summary>
    public RetryAfterForm ThrottleRetryAfter { get; set; }
    /// <summary>Empty (the API's), Json or Text ("Wait N seconds").</summary>
    public ThrottleBodyForm ThrottleBody { get; set; }

    internal ThrottleShape Throttle => new(ThrottleStatus, ThrottleRetryAfter, ThrottleBody);

    /// <summary>Null when every setting makes sense, else what is wrong, naming the setting.</summary>
    public string Problem()
    {
        if (Scale <= 0) return $"{nameof(Scale)} must be more than 0.";
        if (HourWindowSeconds <= 0) return $"{nameof(HourWindowSeconds)} must be more than 0.";
        if (DayWindowSeconds <= 0) return $"{nameof(DayWindowSeconds)} must be more than 0.";
        if (MinIntervalMs < 0) return $"{nameof(MinIntervalMs)} may not be negative.";
        foreach (var (name, value) in new[] { (nameof(PerMinute), PerMinute), (nameof(WritesPerMinute), WritesPerMinute), (nameof(PerHour), PerHour), (nameof(PerDay), PerDay), (nameof(WritesPerDay), WritesPerDay) })
            if (value < 0) return $"{name} may not be negative (0 turns the limit off).";
        return ThrottleShape.Problem(nameof(ThrottleStatus), ThrottleStatus);
    }
}
