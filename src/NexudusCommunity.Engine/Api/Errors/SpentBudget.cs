namespace NexudusCommunity.Api.Errors
{
    /// <summary>A budget that stopped a request: what it allows, how much of it is used, and when it renews.</summary>
    public sealed class SpentBudget(string counts, int limit, TimeSpan window, int used, DateTimeOffset renewsFrom, DateTimeOffset renewsFully)
    {
        /// <summary>"requests" or "writes".</summary>
        public string Counts { get; } = counts;

        public int Limit { get; } = limit;
        public TimeSpan Window { get; } = window;

        /// <summary>How many this connection sent in the window.</summary>
        public int Used { get; } = used;

        /// <summary>When the first of them ages out, so one more may go.</summary>
        public DateTimeOffset RenewsFrom { get; } = renewsFrom;

        /// <summary>When all of them have aged out.</summary>
        public DateTimeOffset RenewsFully { get; } = renewsFully;

        public override string ToString() => Http.BudgetRule.Describe(Limit, Counts, Window);
    }
}
