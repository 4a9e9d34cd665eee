using System.Globalization;
using Microsoft.AspNetCore.Http.Features;

namespace NexudusCommunity.Sandbox;

/// <summary>The "slow down" answer shared by fault injection and limit enforcement, in any <see cref="ThrottleShape"/>.</summary>
internal static class ThrottleResponse
{
    /// <param name="waitSeconds">How long the client should wait; said in whole seconds, rounded up.</param>
    /// <param name="resetMs">The exact wait, for tests (X-RateLimit-Reset-Ms), when limits are enforced.</param>
    public static Task WriteAsync(HttpContext context, ThrottleShape shape, double waitSeconds, double? resetMs = null)
    {
        var seconds = Math.Max(0, (long)Math.Ceiling(waitSeconds));
        var response = context.Response;
        response.StatusCode = shape.Status;
        if (shape.Status == 409)
        {
            var feature = context.Features.Get<IHttpResponseFeature>();
            if (feature != null) feature.ReasonPhrase = ThrottleShape.ReasonPhrase409;
        }
        switch (shape.RetryAfter)
        {
            case RetryAfterForm.Seconds:
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                break;
            case RetryAfterForm.Date:
                // HTTP dates have whole seconds: round the moment up so the client never comes back early.
                var dueMs = DateTimeOffset.UtcNow.AddSeconds(Math.Max(0, waitSeconds)).ToUnixTimeMilliseconds();
                var at = DateTimeOffset.FromUnixTimeSeconds((dueMs + 999) / 1000);
                response.Headers.RetryAfter = at.ToString("r", CultureInfo.InvariantCulture);
                break;
        }
        if (resetMs.HasValue)
            response.Headers["X-RateLimit-Reset-Ms"] = Math.Ceiling(resetMs.Value).ToString(CultureInfo.InvariantCulture);
        var wait = $"Wait {seconds} seconds";
        switch (shape.Body)
        {
            case ThrottleBodyForm.Json:
                response.ContentType = "application/json; charset=utf-8";
                return response.WriteAsync($"{{\"Message\":\"{wait}\",\"WasSuccessful\":false}}");
            case ThrottleBodyForm.Text:
                response.ContentType = "text/plain; charset=utf-8";
                return response.WriteAsync(wait);
            default:
                response.ContentLength = 0;
                return Task.CompletedTask;
        }
    }
}
