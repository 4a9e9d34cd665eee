using System;

namespace NexudusCommunity.Api.Errors
{
    /// <summary>A budget that stopped a request: what it allows, how much of it is used, and when it renews.</summary>
    public sealed class SpentBudget
    {
        public SpentBudget(string counts, int limit, TimeSpan window, int used, DateTimeOffset renewsFrom, DateTimeOffset renewsFully)
        {
            Counts = counts;
            Limit = limit;
            Window = window;
            Used = used;
            RenewsFrom = renewsFrom;
            RenewsFully = renewsFully;
        }

        /// <summary>"requests" or "writes".</summary>
        public string Counts { get; }

        public int Limit { get; }
        public TimeSpan Window { get; }

        /// <summary>How many this connection sent in the window.</summary>
        public int Used { get; }

        /// <summary>When the first of them ages out, so one more may go.</summary>
        public DateTimeOffset RenewsFrom { get; }

        /// <summary>When all of them have aged out.</summary>
        public DateTimeOffset RenewsFully { get; }

        public override string ToString() => Http.BudgetRule.Describe(Limit, Counts, Window);
    }
}
