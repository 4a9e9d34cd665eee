namespace NexudusCommunity.Sandbox;

/// <summary>Records every /api/ request (method, path, query, time, status) after it is answered.</summary>
internal static class RequestLogMiddleware
{
    public const string AbortedItemKey = "NexudusSandbox.Aborted";

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, RequestLog log)
    {
        if (!RequestKind.IsApi(context.Request))
        {
            await next(context);
            return;
        }
        var arrived = DateTime.UtcNow;
        try
        {
            await next(context);
        }
        finally
        {
            var aborted = context.Items.ContainsKey(AbortedItemKey);
            log.Add(new LoggedRequest
            {
                Method = context.Request.Method,
                Path = context.Request.Path.Value,
                Query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : "",
                Timestamp = arrived,
                Status = aborted ? 0 : context.Response.StatusCode,
                IsWrite = RequestKind.IsWrite(context.Request),
            });
        }
    }
}
