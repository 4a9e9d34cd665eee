namespace NexudusCommunity.Sandbox;

/// <summary>
/// The published Nexudus limits. Scale divides the time windows so tests run faster
/// (Scale 10: 10 ms between requests, 120 per 6 s, 60 writes per 6 s).
/// </summary>
public sealed class RateLimitOptions
{
    public int MinIntervalMs { get; set; } = 100;
    public int PerMinute { get; set; } = 120;
    public int WritesPerMinute { get; set; } = 60;
    public double Scale { get; set; } = 1;
}
