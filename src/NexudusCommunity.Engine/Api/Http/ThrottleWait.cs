using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace NexudusCommunity.Api.Http
{
    /// <summary>
    /// How long a throttling answer asks the client to wait. The API answers 409 with "Retry-After: 1" and an empty
    /// body; live clients also meet 429 with no Retry-After and a body that says "Wait N seconds" (as text or
    /// inside JSON), rounded to whole seconds, so a margin is added. Retry-After wins (delta seconds, an HTTP date, or a decimal some servers send), then the
    /// body; with neither, null: the caller backs off on its own.
    /// </summary>
    internal static class ThrottleWait
    {
        private static readonly Regex WaitInBody = new Regex(@"\bwait\s+(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public static TimeSpan? Read(HttpResponseHeaders headers, string body, DateTimeOffset now) =>
            FromRetryAfter(headers, now) ?? FromBody(body);

        private static TimeSpan? FromRetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
        {
            var header = headers.RetryAfter;
            if (header?.Delta != null) return NotNegative(header.Delta.Value);
            if (header?.Date != null) return NotNegative(header.Date.Value - now);
            // A value the typed header rejects ("1.5") is still the server's wish.
            if (!headers.TryGetValues("Retry-After", out var raw)) return null;
            var text = raw.FirstOrDefault();
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds
                ? TimeSpan.FromSeconds(seconds)
                : (TimeSpan?)null;
        }

        internal static TimeSpan? FromBody(string body)
        {
            if (string.IsNullOrEmpty(body)) return null;
            var match = WaitInBody.Match(body);
            if (!match.Success) return null;
            var seconds = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            // "Wait 2 seconds" is the time left rounded to a whole second: waited to the millisecond, the retry can
            // land just before the window turns and be refused again. A second more covers rounding up and down.
            if (!match.Groups[1].Value.Contains(".")) seconds += WholeSecondMargin.TotalSeconds;
            return seconds < TimeSpan.MaxValue.TotalSeconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        }

        /// <summary>Added to a wait the body names in whole seconds (the server rounds it).</summary>
        internal static readonly TimeSpan WholeSecondMargin = TimeSpan.FromSeconds(1);

        private static TimeSpan NotNegative(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
