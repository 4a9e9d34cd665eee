namespace NexudusCommunity.Sandbox;

/// <summary>Classifies requests for logging, faults and limits.</summary>
internal static class RequestKind
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    public static bool IsToken(HttpRequest request) => request.Path.StartsWithSegments(TokenEndpoint.Route);

    /// <summary>POST/PUT/DELETE on data routes. Signing in is not a write.</summary>
    public static bool IsWrite(HttpRequest request) =>
        (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) ||
         HttpMethods.IsDelete(request.Method) || HttpMethods.IsPatch(request.Method)) && !IsToken(request);
}
