using NexudusCommunity.Api.Http;

namespace NexudusCommunity.Api
{
    /// <summary>The client-side pacing a connection keeps to, so the server never has to throttle it.</summary>
    public sealed class RateLimitPolicy
    {
        /// <summary>
        /// The limits Nexudus publishes: 1 request per 100 ms; 120 requests and 60 writes per minute; 5,000 requests
        /// per hour; 200,000 requests and 5,000 writes per day.
        /// </summary>
        public static RateLimitPolicy Published => new RateLimitPolicy();

        /// <summary>No pacing at all (for sandboxes and accounts with other arrangements).</summary>
        public static RateLimitPolicy Unlimited => new RateLimitPolicy
        {
            MinInterval = TimeSpan.Zero, RequestsPerWindow = 0, WritesPerWindow = 0, RequestsPerHour = 0, RequestsPerDay = 0, WritesPerDay = 0,
        };

        public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(100);

        /// <summary>Requests per <see cref="Window"/> (the per-minute limit).</summary>
        public int RequestsPerWindow { get; set; } = 120;

        /// <summary>Writes (POST, PUT, DELETE) per <see cref="Window"/>.</summary>
        public int WritesPerWindow { get; set; } = 60;

        /// <summary>The window of the per-minute limits.</summary>
        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

        public int RequestsPerHour { get; set; } = 5000;
        public TimeSpan HourWindow { get; set; } = TimeSpan.FromHours(1);

        public int RequestsPerDay { get; set; } = 200000;

        /// <summary>5,000 on the current limits page (an older version said 2,500).</summary>
        public int WritesPerDay { get; set; } = 5000;

        public TimeSpan DayWindow { get; set; } = TimeSpan.FromDays(1);

        /// <summary>Added to every computed wait: the server counts arrivals, which trail our sends by network jitter.</summary>
        public TimeSpan SafetyMargin { get; set; } = TimeSpan.FromMilliseconds(15);

        public bool IsUnlimited => MinInterval <= TimeSpan.Zero && Budgets.TrueForAll(b => b.Limit <= 0);

        /// <summary>
        /// Every counted budget, shortest window first. The daily ones stop a job rather than make it wait: a wait
        /// of hours is never what a script means.
        /// </summary>
        internal List<BudgetRule> Budgets => new List<BudgetRule>
        {
            new BudgetRule("requests", RequestsPerWindow, Window, writesOnly: false, stopsWhenSpent: false),
            new BudgetRule("writes", WritesPerWindow, Window, writesOnly: true, stopsWhenSpent: false),
            new BudgetRule("requests", RequestsPerHour, HourWindow, writesOnly: false, stopsWhenSpent: false),
            new BudgetRule("requests", RequestsPerDay, DayWindow, writesOnly: false, stopsWhenSpent: true),
            new BudgetRule("writes", WritesPerDay, DayWindow, writesOnly: true, stopsWhenSpent: true),
        };

        /// <summary>Throws naming the property when a window is not positive or a limit is negative.</summary>
        public void Validate()
        {
            if (MinInterval < TimeSpan.Zero) throw new ArgumentException("may not be negative.", nameof(MinInterval));
            foreach (var (name, window) in new[] { (nameof(Window), Window), (nameof(HourWindow), HourWindow), (nameof(DayWindow), DayWindow) })
                if (window <= TimeSpan.Zero) throw new ArgumentException("must be longer than zero.", name);
            foreach (var (name, limit) in new[]
                     {
                         (nameof(RequestsPerWindow), RequestsPerWindow), (nameof(WritesPerWindow), WritesPerWindow), (nameof(RequestsPerHour), RequestsPerHour),
                         (nameof(RequestsPerDay), RequestsPerDay), (nameof(WritesPerDay), WritesPerDay),
                     })
                if (limit < 0) throw new ArgumentException("may not be negative (0 turns the limit off).", name);
        }

        public override string ToString()
        {
            if (IsUnlimited) return "unlimited";
            var parts = Budgets.FindAll(b => b.Limit > 0).ConvertAll(b => b.ToString());
            if (MinInterval > TimeSpan.Zero) parts.Add($"{MinInterval.TotalMilliseconds:0} ms apart");
            return string.Join(", ", parts);
        }
    }
}
