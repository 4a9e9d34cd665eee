using NexudusCommunity.Api.Errors;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// The one error that ends a job when a daily budget is spent: how many records the cmdlet did, that this
    /// one and the rest were not sent, and when the budget renews (from the engine's message).
    /// </summary>
    internal static class BudgetStop
    {
        public static ErrorRecord For(NexudusApiException spent, string command, int recordsDone, object target)
        {
            var done = recordsDone == 1 ? "1 record was done" : $"{recordsDone} records were done";
            var message = $"{command} stopped before sending: {done}; this one and any after it were not sent. {spent.Message}";
            var error = new NexudusApiException(ApiErrorKind.BudgetSpent, message, spent.StatusCode, inner: spent)
            {
                SpentBudget = spent.SpentBudget,
            };
            var record = new ErrorRecord(error, "NexudusBudgetSpent", ErrorCategory.LimitsExceeded, target);
            if (spent.SpentBudget != null)
                record.ErrorDetails = new ErrorDetails(message)
                {
                    RecommendedAction = $"Run the rest after {spent.SpentBudget.RenewsFrom.ToLocalTime():yyyy-MM-dd HH:mm:ss}, when the budget has room again.",
                };
            return record;
        }
    }
}
