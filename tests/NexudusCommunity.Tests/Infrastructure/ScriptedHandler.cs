using System.Net;
using System.Net.Http;

namespace NexudusCommunity.Tests.Infrastructure;

/// <summary>
/// An HTTP endpoint in memory for engine tests: answers each request with the next scripted response (the last
/// one repeats) and keeps what was sent, bodies and headers included.
/// </summary>
public sealed class ScriptedHandler(params Func<HttpRequestMessage, HttpResponseMessage>[] answers) : HttpMessageHandler
{
    private int _next;

    public List<SentRequest> Sent { get; } = new();

    public sealed record SentRequest(HttpMethod Method, string Path, string Body, IReadOnlyDictionary<string, string> Headers);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content == null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        lock (Sent) Sent.Add(new SentRequest(request.Method, request.RequestUri!.AbsolutePath, body, headers));
        var answer = answers[Math.Min(Interlocked.Increment(ref _next) - 1, answers.Length - 1)];
        var response = answer(request);
        response.RequestMessage = request;
        return response;
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Text(HttpStatusCode status, string text, string mediaType = "text/plain") =>
        new(status) { Content = new StringContent(text, System.Text.Encoding.UTF8, mediaType) };
}
