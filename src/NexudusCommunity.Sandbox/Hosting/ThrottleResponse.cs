using System.Globalization;

namespace NexudusCommunity.Sandbox;

/// <summary>The "slow down" answer shared by fault injection and limit enforcement.</summary>
internal static class ThrottleResponse
{
    public const string Body = "{\"Message\":\"API rate limit exceeded\",\"WasSuccessful\":false}";

    public static Task WriteAsync(HttpContext context, int status, int retryAfterSeconds, double? resetMs = null)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.RetryAfter = Math.Max(0, retryAfterSeconds).ToString(CultureInfo.InvariantCulture);
        if (resetMs.HasValue)
            context.Response.Headers["X-RateLimit-Reset-Ms"] = Math.Ceiling(resetMs.Value).ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(Body);
    }
}
