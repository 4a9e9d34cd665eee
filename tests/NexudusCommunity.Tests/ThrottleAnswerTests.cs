using System.Diagnostics;
using System.Net;
using System.Net.Http;
using NexudusCommunity.Api;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Api.Http;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>Every shape of "slow down" the API and live clients report, read and waited out within bounds.</summary>
public class ThrottleAnswerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static HttpResponseMessage Throttled(int status, string? retryAfter, string body, string mediaType = "text/plain")
    {
        var response = ScriptedHandler.Text((HttpStatusCode)status, body, mediaType);
        if (retryAfter != null) response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        return response;
    }

    [Theory]
    [InlineData(409, "1", "", 1.0)]                                            // the API's own: Retry-After 1, empty body
    [InlineData(409, "Sun, 01 Mar 2026 12:00:07 GMT", "", 7.0)]                // Retry-After as a date
    [InlineData(429, "1.5", "", 1.5)]                                          // a decimal the typed header rejects
    [InlineData(429, null, "Wait 3 seconds", 4.0)]                             // live clients: no header, text body; whole seconds get a margin
    [InlineData(429, null, """{"Message":"Wait 2 seconds","WasSuccessful":false}""", 3.0)]
    [InlineData(429, null, "Too many requests. Please wait 1 second.", 2.0)]
    [InlineData(429, null, "Wait 2.5 seconds", 2.5)]                           // a wait given to the fraction is kept as given
    [InlineData(429, "4", "Wait 9 seconds", 4.0)]                              // the header wins
    [InlineData(409, "Sun, 01 Mar 2026 11:59:00 GMT", "", 0.0)]                // a date in the past: go now
    public void The_wait_asked_for_is_read_from_the_header_or_the_body(int status, string? retryAfter, string body, double expectedSeconds)
    {
        using var response = Throttled(status, retryAfter, body);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), ThrottleWait.Read(response.Headers, body, Now));
    }

    [Theory]
    [InlineData("")]
    [InlineData("""{"Message":"API rate limit exceeded","WasSuccessful":false}""")]
    [InlineData("<html><body>Too Many Requests</body></html>")]
    [InlineData("Wait 99999999999999999999 seconds")]
    public void No_wait_named_means_none_read(string body)
    {
        using var response = Throttled(429, null, body);

        Assert.Null(ThrottleWait.Read(response.Headers, body, Now));
    }

    private static (HttpClient Client, ScriptedHandler Server) Through(RetryPolicy policy, params Func<HttpRequestMessage, HttpResponseMessage>[] answers)
    {
        var server = new ScriptedHandler(answers);
        return (new HttpClient(new RetryHandler(policy) { InnerHandler = server }) { BaseAddress = new Uri("https://api.example.test/") }, server);
    }

    [Fact]
    public async Task A_throttled_post_without_a_named_wait_backs_off_and_goes_again()
    {
        var (client, server) = Through(new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(5) },
            _ => Throttled(429, null, ""), _ => Throttled(409, null, ""), _ => ScriptedHandler.Json("""{"WasSuccessful":true}"""));

        using var response = await client.PostAsync("api/things", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, server.Sent.Count);
    }

    [Fact]
    public async Task A_wait_beyond_the_retry_budget_fails_at_once_saying_what_the_server_asked()
    {
        var (client, server) = Through(new RetryPolicy { MaxElapsed = TimeSpan.FromSeconds(30) }, _ => Throttled(429, null, "Wait 3600 seconds"));
        var watch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<NexudusApiException>(() => client.GetAsync("api/things"));

        Assert.Equal(ApiErrorKind.Throttled, error.Kind);
        Assert.Equal(429, error.StatusCode);
        Assert.Contains("asks to wait 1 h", error.Message);
        Assert.Single(server.Sent);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Throttling_that_never_ends_stops_after_MaxRetries_tries_and_says_so()
    {
        var (client, server) = Through(new RetryPolicy { MaxRetries = 3 }, _ => Throttled(409, "0", ""));

        var error = await Assert.ThrowsAsync<NexudusApiException>(() => client.GetAsync("api/things"));

        Assert.Equal(ApiErrorKind.Throttled, error.Kind);
        Assert.Contains("kept throttling (409) after 4 tries", error.Message);
        Assert.Equal(4, server.Sent.Count);
    }

    [Fact]
    public async Task A_wait_named_in_whole_seconds_is_kept_with_a_margin_so_the_retry_is_not_refused_again()
    {
        // A server that rounds to the nearest second: 1.4 s left reads "Wait 1 seconds"; a retry before then is refused again.
        var watch = new Stopwatch();
        var left = TimeSpan.FromSeconds(1.4);
        var (client, server) = Through(RetryPolicy.Default,
            _ => { watch.Start(); return Throttled(429, null, "Wait 1 seconds"); },
            _ => watch.Elapsed < left ? Throttled(429, null, "Wait 0 seconds") : ScriptedHandler.Json("{}"),
            _ => ScriptedHandler.Json("{}"));

        using var response = await client.GetAsync("api/things");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Sent.Count); // the retry came after the window turned: one refusal, not two
    }

    [Fact]
    public async Task Cancelling_ends_a_throttling_wait_at_once()
    {
        var (client, _) = Through(RetryPolicy.Default, _ => Throttled(429, null, "Wait 60 seconds"));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync("api/things", cancel.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Idempotent_calls_ride_out_a_burst_of_generic_500s()
    {
        var ooops = () => ScriptedHandler.Text(HttpStatusCode.InternalServerError, "<h1>Ooops! There was a problem...</h1>", "text/html");
        var (client, server) = Through(new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(5) },
            _ => ooops(), _ => ooops(), _ => ooops(), _ => ScriptedHandler.Json("""{"Records":[]}"""));

        using var response = await client.GetAsync("api/things");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, server.Sent.Count);
    }

    [Fact]
    public async Task Long_waits_are_announced_for_progress_and_verbose()
    {
        var announced = new List<ApiWait>();
        var lines = new List<string>();
        var (client, _) = Through(RetryPolicy.Default, _ => Throttled(429, null, "Wait 1 seconds"), _ => ScriptedHandler.Json("{}"));

        using (ApiTrace.Use(lines.Add, announced.Add))
            (await client.GetAsync("api/things")).Dispose();

        var wait = Assert.Single(announced);
        Assert.Equal(TimeSpan.FromSeconds(2), wait.Length); // "1 seconds" is rounded by the server: a second's margin
        Assert.Contains("Throttled (429)", wait.Reason);
        Assert.Contains(lines, l => l.StartsWith("Throttled (429) on GET /api/things: waiting 2 s (as it asks"));
    }
}
