namespace NexudusCommunity.Sandbox;

/// <summary>
/// Wraps an async handler as a plain Delegate. A lambda (HttpContext) => Task&lt;IResult&gt; would otherwise bind to
/// the RequestDelegate overload, which silently discards the returned result.
/// </summary>
internal static class AsyncHandler
{
    public static Delegate Of(Func<HttpContext, Task<IResult>> handler) => handler;
}
