namespace NexudusCommunity.Sandbox;

/// <summary>Throttles a request that breaks the enforced limits (by default as the API does: 409, Retry-After, empty body).</summary>
internal static class RateLimitMiddleware
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, SandboxServer server)
    {
        var enforcer = server.LimitEnforcer;
        if (enforcer != null && RequestKind.IsApi(context.Request) &&
            !enforcer.TryAccept(RequestKind.IsWrite(context.Request), out var waitMs))
        {
            server.CountThrottled();
            await ThrottleResponse.WriteAsync(context, server.Limits?.Throttle ?? ThrottleShape.Vendor, Math.Max(1, waitMs / 1000), waitMs);
            return;
        }
        await next(context);
    }
}
