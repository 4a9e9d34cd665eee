using Microsoft.AspNetCore.Http.Features;

namespace NexudusCommunity.Sandbox;

/// <summary>Injects the configured faults on /api/ routes, before or after the real processing.</summary>
internal static class FaultMiddleware
{
    private const string HtmlBadGateway = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    private const string HtmlServerError = "<html><body><h1>500 Internal Server Error</h1><p>Runtime Error</p></body></html>";
    private const string Ooops = "Ooops! There was a problem...";
    private const string HtmlOoops = "<!DOCTYPE html><html><head><title>Error</title></head><body><h1>" + Ooops + "</h1></body></html>";
    private const string TruncatedJson = "{\"Records\":[{\"Id\":1,";
    private const string Unsuccessful =
        "{\"Status\":200,\"WasSuccessful\":false,\"Message\":\"The operation could not be completed.\",\"Value\":null,\"Errors\":null}";

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, SandboxServer server)
    {
        var faults = server.Faults;
        if (!RequestKind.IsApi(context.Request))
        {
            await next(context);
            return;
        }
        if (faults.LatencyMs > 0)
        {
            try { await Task.Delay(faults.LatencyMs, context.RequestAborted); }
            catch (OperationCanceledException) { return; }
        }
        if (!faults.AppliesTo(context.Request.Method))
        {
            await next(context);
            return;
        }

        var isWrite = RequestKind.IsWrite(context.Request);
        var isGet = HttpMethods.IsGet(context.Request.Method);

        if (faults.Fires(FaultKind.DropConnection))
        {
            Abort(context);
            return;
        }
        if (faults.Fires(FaultKind.HtmlError))
        {
            await WriteAsync(context, 502, "text/html; charset=utf-8", HtmlBadGateway);
            return;
        }
        if (faults.Fires(FaultKind.ServerError))
        {
            await WriteAsync(context, 503, "application/json; charset=utf-8",
                "{\"Message\":\"The service is temporarily unavailable.\",\"WasSuccessful\":false}");
            return;
        }
        if (faults.GenericErrorFires())
        {
            // The live API's generic failure: no Nexudus envelope, in bursts; here never processed.
            if (faults.GenericErrorBody == GenericErrorBodyForm.Text) await WriteAsync(context, 500, "text/plain; charset=utf-8", Ooops);
            else await WriteAsync(context, 500, "text/html; charset=utf-8", HtmlOoops);
            return;
        }
        if (faults.Fires(FaultKind.Throttle))
        {
            server.CountThrottled();
            await ThrottleResponse.WriteAsync(context, faults.Throttle, faults.RetryAfterSeconds);
            return;
        }
        if (isGet && faults.Fires(FaultKind.MalformedJson))
        {
            await WriteAsync(context, 200, "application/json; charset=utf-8", TruncatedJson);
            return;
        }
        if (isWrite && faults.Fires(FaultKind.Unsuccessful))
        {
            await WriteAsync(context, 200, "application/json; charset=utf-8", Unsuccessful);
            return;
        }

        var errorAfter = isWrite && faults.Fires(FaultKind.ServerErrorAfterProcessing);
        var dropAfter = !errorAfter && isWrite && faults.Fires(FaultKind.DropAfterProcessing);
        if (!errorAfter && !dropAfter)
        {
            await next(context);
            return;
        }

        // Process for real into a buffer the client never sees, then answer with the fault instead.
        var realBody = context.Features.Get<IHttpResponseBodyFeature>();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(new MemoryStream()));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(realBody);
        }
        if (dropAfter)
        {
            Abort(context);
            return;
        }
        context.Response.Clear();
        await WriteAsync(context, 500, "text/html; charset=utf-8", HtmlServerError);
    }

    private static void Abort(HttpContext context)
    {
        context.Items[RequestLogMiddleware.AbortedItemKey] = true;
        context.Abort();
    }

    private static Task WriteAsync(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }
}
