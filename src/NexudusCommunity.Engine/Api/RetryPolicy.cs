namespace NexudusCommunity.Api
{
    /// <summary>How often, and for how long, a failed request is tried again.</summary>
    public sealed class RetryPolicy
    {
        public static RetryPolicy Default => new RetryPolicy();

        /// <summary>Tries after the first one, for throttling answers and (idempotent calls only) transient faults.</summary>
        public int MaxRetries { get; set; } = 5;

        /// <summary>No retry starts once this much time has passed since the first try.</summary>
        public TimeSpan MaxElapsed { get; set; } = TimeSpan.FromMinutes(2);

        /// <summary>The first backoff for 5xx and dropped connections; doubled each time, with jitter.</summary>
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>How long one attempt may take before it counts as timed out.</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

        private static readonly Random Jitter = new Random();

        /// <summary>The wait before try <paramref name="attempt"/> + 1: BaseDelay doubled per try, times 0.5 to 1.5, at most MaxDelay.</summary>
        internal TimeSpan Backoff(int attempt)
        {
            double factor;
            lock (Jitter) factor = 0.5 + Jitter.NextDouble();
            var ms = BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1) * factor;
            return TimeSpan.FromMilliseconds(Math.Min(ms, MaxDelay.TotalMilliseconds));
        }

        /// <summary>Whether a retry may start: tries left, and time left of MaxElapsed.</summary>
        internal bool MayRetry(int attempt, TimeSpan elapsed) => attempt <= MaxRetries && elapsed < MaxElapsed;
    }
}
