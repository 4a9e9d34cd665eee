using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using NexudusCommunity.Api.Errors;

namespace NexudusCommunity.Api.Http
{
    /// <summary>
    /// Outermost handler. Throttling answers are waited out (the server did not process the request, so any
    /// method may go again). Server faults, timeouts and dropped connections are retried with backoff only when
    /// repeating the request cannot duplicate anything: a POST that may have reached the server is not resent
    /// here; the entity layer decides (see Entities.WriteRetry), with what it can check on the server.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        private const string AttemptsKey = "Nexudus.Attempts";
        private readonly RetryPolicy _policy;

        public RetryHandler(RetryPolicy policy) => _policy = policy ?? RetryPolicy.Default;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var elapsed = Stopwatch.StartNew();
            var safeToRepeat = RequestFlags.IsSafeToRepeat(request);
            for (var attempt = 1; ; attempt++)
            {
                request.Properties[AttemptsKey] = attempt;
                var mayRetry = _policy.MayRetry(attempt, elapsed.Elapsed);
                HttpResponseMessage response;
                using (var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    attemptCts.CancelAfter(_policy.AttemptTimeout);
                    try
                    {
                        response = await base.SendAsync(request, attemptCts.Token).ConfigureAwait(false);
                        if (IsTransientlyUnreadable(request, response))
                            await BufferedBody.ReadOnceAsync(response).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        var reason = $"no answer within {_policy.AttemptTimeout.TotalSeconds:0} s";
                        if (!safeToRepeat) throw UnknownOutcome(request, reason, null, LostAnswer.MayStillRun);
                        if (!mayRetry) throw Transport(request, reason, null, attempt, elapsed.Elapsed);
                        await BackOffAsync(request, attempt, reason, cancellationToken).ConfigureAwait(false);
                        continue;
                    }
                    catch (Exception ex) when (ex is HttpRequestException || ex is IOException)
                    {
                        var reason = ex.GetBaseException().Message;
                        var neverSent = IsConnectFailure(ex);
                        if (!safeToRepeat && !neverSent) throw UnknownOutcome(request, reason, ex, LostAnswer.Ended);
                        if (!mayRetry) throw Transport(request, reason, ex, attempt, elapsed.Elapsed);
                        await BackOffAsync(request, attempt, reason, cancellationToken).ConfigureAwait(false);
                        continue;
                    }
                }

                var status = (int)response.StatusCode;
                if (status == 409 || status == 429)
                {
                    await WaitOutThrottlingAsync(request, response, attempt, elapsed.Elapsed, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (safeToRepeat && mayRetry && await IsTransientFailureAsync(request, response).ConfigureAwait(false))
                {
                    var reason = $"{status} {response.ReasonPhrase}";
                    response.Dispose();
                    await BackOffAsync(request, attempt, reason, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                return response;
            }
        }

        /// <summary>How many times the request went out (1 when it was never retried).</summary>
        public static int AttemptsOf(HttpRequestMessage request) =>
            request.Properties.TryGetValue(AttemptsKey, out var n) ? (int)n : 1;

        private static bool IsTransientlyUnreadable(HttpRequestMessage request, HttpResponseMessage response) =>
            request.Method == HttpMethod.Get && response.IsSuccessStatusCode;

        /// <summary>
        /// 502/503/504 and bodiless 500s are transient. A 500 carrying a Nexudus envelope is the server's verdict
        /// (validation failures arrive that way), and a GET whose 200 body is not JSON was cut short or mangled.
        /// </summary>
        private static async Task<bool> IsTransientFailureAsync(HttpRequestMessage request, HttpResponseMessage response)
        {
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                if (status != 500) return true;
                var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                return !LooksLikeEnvelope(body);
            }
            if (IsTransientlyUnreadable(request, response))
            {
                return !IsJson(await BufferedBody.Of(response).ConfigureAwait(false));
            }
            return false;
        }

        private static bool LooksLikeEnvelope(string body)
        {
            try
            {
                using (var doc = JsonDocument.Parse(body))
                    return doc.RootElement.ValueKind == JsonValueKind.Object &&
                           (doc.RootElement.TryGetProperty("WasSuccessful", out _) || doc.RootElement.TryGetProperty("Message", out _));
            }
            catch (JsonException)
            {
                return false;
            }
        }

        /// <summary>
        /// Whether a buffered answer looks like whole JSON: an object or array that closes as it opened. A proxy's HTML
        /// page, an empty body or a body cut off mid-value fails this; bodies that end before their Content-Length
        /// already failed in HttpClient. A full reader pass here would cost a second parse of every page (measured:
        /// about a fifth of a list read); the parse that follows still rejects anything malformed, as an error.
        /// </summary>
        internal static bool IsJson(byte[] body)
        {
            var hasBom = body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF;
            int first = hasBom ? 3 : 0, last = body.Length - 1;
            while (first <= last && IsSpace(body[first])) first++;
            while (last >= first && IsSpace(body[last])) last--;
            if (first >= last) return false;
            return (body[first] == (byte)'{' && body[last] == (byte)'}') || (body[first] == (byte)'[' && body[last] == (byte)']');
        }

        private static bool IsSpace(byte b) => b == (byte)' ' || b == (byte)'\n' || b == (byte)'\r' || b == (byte)'\t';

        private async Task BackOffAsync(HttpRequestMessage request, int attempt, string reason, CancellationToken cancellationToken)
        {
            var wait = Backoff(attempt);
            ApiTrace.Write($"{request.Method} {request.RequestUri.AbsolutePath} failed ({reason}): retrying in {wait.TotalSeconds:0.0} s (try {attempt + 1}).");
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }

        private TimeSpan Backoff(int attempt) => _policy.Backoff(attempt);

        /// <summary>
        /// A throttled request was not processed, so any method may go again: after the wait the server asks for
        /// (<see cref="ThrottleWait"/>), or a backoff when it names none. Bounded: past MaxRetries, or when the
        /// wait would end beyond MaxElapsed, it fails now, saying so, rather than waiting to fail later.
        /// </summary>
        private async Task WaitOutThrottlingAsync(HttpRequestMessage request, HttpResponseMessage response, int attempt, TimeSpan elapsed,
            CancellationToken cancellationToken)
        {
            var status = (int)response.StatusCode;
            TimeSpan? asked;
            using (response)
            {
                var body = response.Content == null ? "" : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                asked = ThrottleWait.Read(response.Headers, body, DateTimeOffset.UtcNow);
            }
            var wait = asked ?? Backoff(attempt);
            var what = $"{request.Method} {request.RequestUri.AbsolutePath}";
            if (attempt > _policy.MaxRetries)
                throw Throttled(status, $"{what}: the server kept throttling ({status}) after {attempt} tries over {Durations.Describe(elapsed)}.");
            if (elapsed + wait > _policy.MaxElapsed)
                throw Throttled(status, $"{what}: the server is throttling ({status}) and asks to wait {Durations.Describe(wait)}, " +
                                        $"beyond the {Durations.Describe(_policy.MaxElapsed)} any request may spend on retries; it was not sent again.");
            var why = asked == null ? "no wait named: backing off" : "as it asks";
            var line = $"Throttled ({status}) on {what}: waiting {Durations.Describe(wait)} ({why}) before try {attempt + 1}";
            if (wait >= ApiWait.WorthShowing) ApiTrace.Waiting(new ApiWait(line, wait));
            else ApiTrace.Write(line + ".");
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }

        private static NexudusApiException Throttled(int status, string message) =>
            new NexudusApiException(ApiErrorKind.Throttled, message, status);

        /// <summary>Failures to connect mean the request never left this machine, so even a POST may go again.</summary>
        private static bool IsConnectFailure(Exception ex)
        {
            for (var e = ex; e != null; e = e.InnerException)
            {
                if (e is SocketException socket)
                    return socket.SocketErrorCode == SocketError.ConnectionRefused ||
                           socket.SocketErrorCode == SocketError.HostNotFound ||
                           socket.SocketErrorCode == SocketError.HostUnreachable ||
                           socket.SocketErrorCode == SocketError.NetworkUnreachable ||
                           socket.SocketErrorCode == SocketError.TryAgain;
                if (e is WebException web && web.Status == WebExceptionStatus.ConnectFailure) return true;
            }
            return false;
        }

        private static NexudusApiException UnknownOutcome(HttpRequestMessage request, string reason, Exception inner, LostAnswer lost) =>
            new NexudusApiException(ApiErrorKind.UnknownOutcome,
                $"{request.Method} {request.RequestUri.AbsolutePath} was sent but no answer came back ({reason}); the server may or may not have applied it, so it was not sent again.",
                inner: inner)
            {
                LostAnswer = lost,
            };

        /// <summary>No answer at all: names the host, what was tried, for how long, and what to check.</summary>
        private static NexudusApiException Transport(HttpRequestMessage request, string reason, Exception inner, int attempts, TimeSpan elapsed)
        {
            var tries = attempts == 1 ? "1 try" : $"{attempts} tries over {Durations.Describe(elapsed)}";
            return new NexudusApiException(ApiErrorKind.Transport,
                $"{request.Method} {request.RequestUri.AbsolutePath} got no answer from {request.RequestUri.GetLeftPart(UriPartial.Authority)} ({reason}; {tries}). " +
                "Check the address (Connect-Nexudus -BaseUri) and that this machine can reach it: network, proxy, firewall.", inner: inner);
        }
    }
}
