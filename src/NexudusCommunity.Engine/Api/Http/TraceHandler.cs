using System.Diagnostics;

namespace NexudusCommunity.Api.Http
{
    /// <summary>Innermost handler: one trace line per attempt that really goes on the wire (method, URL, status, time).</summary>
    internal sealed class TraceHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var watch = Stopwatch.StartNew();
            ApiTrace.Write($"HTTP {request.Method} {request.RequestUri}");
            try
            {
                var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                ApiTrace.Write($"HTTP {(int)response.StatusCode} {response.ReasonPhrase} from {request.Method} {request.RequestUri.AbsolutePath} in {watch.ElapsedMilliseconds} ms");
                return response;
            }
            catch (HttpRequestException ex)
            {
                ApiTrace.Write($"HTTP {request.Method} {request.RequestUri.AbsolutePath} failed after {watch.ElapsedMilliseconds} ms: {ex.GetBaseException().Message}");
                throw;
            }
        }
    }
}
