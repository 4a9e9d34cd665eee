namespace NexudusCommunity.Api.Http
{
    /// <summary>One published budget: at most <see cref="Limit"/> requests (or writes) in any <see cref="Window"/>.</summary>
    internal sealed class BudgetRule(string counts, int limit, TimeSpan window, bool writesOnly, bool stopsWhenSpent)
    {
        /// <summary>"requests" or "writes", for messages.</summary>
        public string Counts { get; } = counts;

        /// <summary>0 or less: not counted.</summary>
        public int Limit { get; } = limit;

        public TimeSpan Window { get; } = window;
        public bool WritesOnly { get; } = writesOnly;

        /// <summary>When spent, a request fails at once instead of waiting for the window to renew.</summary>
        public bool StopsWhenSpent { get; } = stopsWhenSpent;

        public bool Applies(bool isWrite) => Limit > 0 && (isWrite || !WritesOnly);

        public override string ToString() => Describe(Limit, Counts, Window);

        /// <summary>"5000 requests per 1 h", "1 write per 24 h".</summary>
        internal static string Describe(int limit, string counts, TimeSpan window) =>
            $"{limit} {(limit == 1 ? counts.TrimEnd('s') : counts)} per {Durations.Describe(window)}";
    }
}
