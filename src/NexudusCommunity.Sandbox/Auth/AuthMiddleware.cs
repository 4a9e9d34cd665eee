namespace NexudusCommunity.Sandbox;

/// <summary>Every /api/ route except the token endpoint needs a valid Basic or Bearer Authorization header.</summary>
internal static class AuthMiddleware
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, Authenticator authenticator)
    {
        if (!RequestKind.IsApi(context.Request) || RequestKind.IsToken(context.Request))
        {
            await next(context);
            return;
        }
        var user = authenticator.Authenticate(context.Request);
        if (user == null)
        {
            await ApiResults.AccessDenied().ExecuteAsync(context);
            return;
        }
        Authenticator.SetUser(context, user);
        await next(context);
    }
}
