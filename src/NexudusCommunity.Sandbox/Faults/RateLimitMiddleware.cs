namespace NexudusCommunity.Sandbox;

/// <summary>Answers 409 with Retry-After when a request breaks the enforced limits.</summary>
internal static class RateLimitMiddleware
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, SandboxServer server)
    {
        var enforcer = server.LimitEnforcer;
        if (enforcer != null && RequestKind.IsApi(context.Request) &&
            !enforcer.TryAccept(RequestKind.IsWrite(context.Request), out var waitMs))
        {
            server.CountThrottled();
            var retryAfter = Math.Max(1, (int)Math.Ceiling(waitMs / 1000));
            await ThrottleResponse.WriteAsync(context, 409, retryAfter, waitMs);
            return;
        }
        await next(context);
    }
}
