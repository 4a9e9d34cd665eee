using System.Diagnostics;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// Enforces <see cref="RateLimitOptions"/>: a minimum gap after the previous ACCEPTED request, and sliding
/// windows (exact timestamps: the sandbox is the referee) for every per-minute, hourly and daily budget.
/// Rejected requests do not count.
/// </summary>
internal sealed class RateLimitEnforcer
{
    private readonly object _sync = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly double _intervalMs;
    private readonly SlidingWindow[] _windows;
    private double _lastAcceptedMs = double.NegativeInfinity;

    public RateLimitEnforcer(RateLimitOptions options)
    {
        var scale = options.Scale > 0 ? options.Scale : 1;
        _intervalMs = Math.Max(0, options.MinIntervalMs) / scale;
        var minuteMs = 60000 / scale;
        var hourMs = options.HourWindowSeconds * 1000 / scale;
        var dayMs = options.DayWindowSeconds * 1000 / scale;
        _windows = new[]
        {
            new SlidingWindow(options.PerMinute, minuteMs, writesOnly: false),
            new SlidingWindow(options.WritesPerMinute, minuteMs, writesOnly: true),
            new SlidingWindow(options.PerHour, hourMs, writesOnly: false),
            new SlidingWindow(options.PerDay, dayMs, writesOnly: false),
            new SlidingWindow(options.WritesPerDay, dayMs, writesOnly: true),
        }.Where(w => w.Limit > 0).ToArray();
    }

    /// <summary>True when the request may go ahead; otherwise how long (ms) until it would be accepted.</summary>
    public bool TryAccept(bool isWrite, out double waitMs)
    {
        lock (_sync)
        {
            var now = _clock.Elapsed.TotalMilliseconds;
            waitMs = 0;
            if (now - _lastAcceptedMs < _intervalMs) waitMs = _intervalMs - (now - _lastAcceptedMs);
            foreach (var window in _windows)
                if (window.Counts(isWrite)) waitMs = Math.Max(waitMs, window.WaitMs(now));
            if (waitMs > 0) return false;

            _lastAcceptedMs = now;
            foreach (var window in _windows)
                if (window.Counts(isWrite)) window.Add(now);
            return true;
        }
    }

    /// <summary>At most Limit accepted requests in any WindowMs; one counts while now - WindowMs &lt; its time.</summary>
    private sealed class SlidingWindow(int limit, double windowMs, bool writesOnly)
    {
        private readonly Queue<double> _accepted = new();

        public int Limit => limit;

        public bool Counts(bool isWrite) => isWrite || !writesOnly;

        public double WaitMs(double now)
        {
            while (_accepted.Count > 0 && _accepted.Peek() + windowMs <= now) _accepted.Dequeue();
            return _accepted.Count < limit ? 0 : _accepted.Peek() + windowMs - now;
        }

        public void Add(double now) => _accepted.Enqueue(now);
    }
}
