namespace NexudusCommunity.Sandbox;

/// <summary>
/// Hands out UTC timestamps at millisecond precision that strictly increase, so UpdatedOn
/// always moves forward even when two changes land in the same millisecond.
/// </summary>
internal sealed class MonotonicClock
{
    private readonly object _sync = new();
    private DateTime _last = DateTime.MinValue;

    public DateTime Next()
    {
        var now = DateTime.UtcNow;
        now = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        lock (_sync)
        {
            if (now <= _last) now = _last.AddMilliseconds(1);
            _last = now;
            return now;
        }
    }
}
