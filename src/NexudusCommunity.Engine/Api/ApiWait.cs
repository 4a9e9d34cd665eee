namespace NexudusCommunity.Api
{
    /// <summary>A wait long enough to show someone (pacing to a budget, a throttling answer): why, and until when.</summary>
    public sealed class ApiWait
    {
        /// <summary>Waits shorter than this are not announced.</summary>
        public static readonly TimeSpan WorthShowing = TimeSpan.FromSeconds(1);

        public ApiWait(string reason, TimeSpan length)
        {
            Reason = reason;
            Length = length;
            Until = DateTimeOffset.UtcNow + length;
        }

        /// <summary>A sentence without a final period, e.g. "Waiting 17 min 3 s to stay within 5000 requests per 1 h".</summary>
        public string Reason { get; }

        public TimeSpan Length { get; }
        public DateTimeOffset Until { get; }
    }
}
