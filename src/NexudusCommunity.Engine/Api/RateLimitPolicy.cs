using System;

namespace NexudusCommunity.Api
{
    /// <summary>The client-side pacing a connection keeps to, so the server never has to throttle it.</summary>
    public sealed class RateLimitPolicy
    {
        /// <summary>The limits Nexudus publishes: 1 request per 100 ms, 120 per minute, 60 writes per minute.</summary>
        public static RateLimitPolicy Published => new RateLimitPolicy();

        /// <summary>No pacing at all (for sandboxes and accounts with other arrangements).</summary>
        public static RateLimitPolicy Unlimited => new RateLimitPolicy { MinInterval = TimeSpan.Zero, RequestsPerWindow = 0, WritesPerWindow = 0 };

        public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(100);
        public int RequestsPerWindow { get; set; } = 120;
        public int WritesPerWindow { get; set; } = 60;
        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>Added to every computed wait: the server counts arrivals, which trail our sends by network jitter.</summary>
        public TimeSpan SafetyMargin { get; set; } = TimeSpan.FromMilliseconds(15);

        public bool IsUnlimited => MinInterval <= TimeSpan.Zero && RequestsPerWindow <= 0 && WritesPerWindow <= 0;

        public override string ToString() => IsUnlimited
            ? "unlimited"
            : $"{RequestsPerWindow} requests and {WritesPerWindow} writes per {Window.TotalSeconds:0.###} s, {MinInterval.TotalMilliseconds:0} ms apart";
    }
}
