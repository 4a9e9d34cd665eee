using System.Diagnostics;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// Enforces <see cref="RateLimitOptions"/>: a minimum gap after the previous ACCEPTED request, and sliding
/// windows for all requests and for writes. Rejected requests do not count.
/// </summary>
internal sealed class RateLimitEnforcer
{
    private readonly object _sync = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Queue<double> _accepted = new();
    private readonly Queue<double> _acceptedWrites = new();
    private readonly double _intervalMs;
    private readonly double _windowMs;
    private readonly int _perWindow;
    private readonly int _writesPerWindow;
    private double _lastAcceptedMs = double.NegativeInfinity;

    public RateLimitEnforcer(RateLimitOptions options)
    {
        var scale = options.Scale > 0 ? options.Scale : 1;
        _intervalMs = Math.Max(0, options.MinIntervalMs) / scale;
        _windowMs = 60000 / scale;
        _perWindow = options.PerMinute;
        _writesPerWindow = options.WritesPerMinute;
    }

    /// <summary>True when the request may go ahead; otherwise how long (ms) until it would be accepted.</summary>
    public bool TryAccept(bool isWrite, out double waitMs)
    {
        lock (_sync)
        {
            var now = _clock.Elapsed.TotalMilliseconds;
            Expire(_accepted, now);
            Expire(_acceptedWrites, now);
            waitMs = 0;
            if (now - _lastAcceptedMs < _intervalMs) waitMs = _intervalMs - (now - _lastAcceptedMs);
            if (_perWindow > 0 && _accepted.Count >= _perWindow) waitMs = Math.Max(waitMs, _accepted.Peek() + _windowMs - now);
            if (isWrite && _writesPerWindow > 0 && _acceptedWrites.Count >= _writesPerWindow)
                waitMs = Math.Max(waitMs, _acceptedWrites.Peek() + _windowMs - now);
            if (waitMs > 0) return false;

            _lastAcceptedMs = now;
            _accepted.Enqueue(now);
            if (isWrite) _acceptedWrites.Enqueue(now);
            return true;
        }
    }

    private void Expire(Queue<double> queue, double now)
    {
        while (queue.Count > 0 && queue.Peek() + _windowMs <= now) queue.Dequeue();
    }
}
