using System.Text;
using System.Text.Json;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Api.Http;
using NexudusCommunity.Connection;

namespace NexudusCommunity.Api
{
    /// <summary>
    /// The one REST core every command goes through: builds the request, sends it down the connection's handler
    /// pipeline (retry, auth, pacing, trace), and hands back a successful answer's bytes or throws a
    /// <see cref="NexudusApiException"/>. Knows Nexudus; knows nothing of PowerShell.
    /// </summary>
    public sealed class NexudusClient : IConnectionSession
    {
        private readonly HttpPipeline _pipeline;

        public NexudusClient(NexudusClientOptions options)
        {
            options.Validate();
            Options = options;
            _pipeline = new HttpPipeline(options);
        }

        public NexudusClientOptions Options { get; }
        public Uri BaseUri => Options.BaseUri;
        public string UserName => _pipeline.Authenticator.UserName;
        public RequestPacer Pacer => _pipeline.Pacer;

        /// <summary>Records created through this client (bounded by what one session creates).</summary>
        public Entities.CreatedRecords CreatedRecords { get; } = new Entities.CreatedRecords();

        /// <summary>What this connection keeps between calls: command lists, completion lists.</summary>
        public SessionCache Cache { get; } = new SessionCache();

        /// <summary>How requests authenticate: a given access token is a bearer token whatever the mode says.</summary>
        public AuthMode AuthMode => Options.AccessToken != null ? AuthMode.Token : Options.AuthMode;

        public string RateLimit => Pacer.Policy.ToString();

        /// <summary>When the current access token expires (token mode only).</summary>
        public DateTimeOffset? TokenExpiresOn => (_pipeline.Authenticator as Auth.TokenAuthenticator)?.ExpiresOn;

        /// <summary>Sends the request: a 2xx answer comes back as it is; anything else is thrown as what it means.</summary>
        public async Task<ApiAnswer> SendAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            var uri = request.Query == null || request.Query.Pairs.Count == 0 ? request.Path : request.Path + "?" + request.Query;
            using (var message = new HttpRequestMessage(request.Method, uri))
            {
                if (request.Body != null)
                    message.Content = new StringContent(request.Body.ToJsonString(), Encoding.UTF8, "application/json");
                HttpResponseMessage sent;
                try
                {
                    var client = await _pipeline.CreateApiClientAsync(cancellationToken).ConfigureAwait(false);
                    sent = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
                }
                // The handlers know the request, not what it acts on: say which record or list it was.
                catch (NexudusApiException ex) when (request.Target != null && !ex.DuringSignIn && (ex.Kind == ApiErrorKind.Transport || ex.Kind == ApiErrorKind.UnknownOutcome ||
                                                                                ex.Kind == ApiErrorKind.BudgetSpent || ex.Kind == ApiErrorKind.Throttled))
                {
                    throw new NexudusApiException(ex.Kind, $"{request.Target}: {ex.Message}", ex.StatusCode, inner: ex)
                    {
                        LostAnswer = ex.LostAnswer,
                        SpentBudget = ex.SpentBudget,
                    };
                }
                using (var response = sent)
                {
                    byte[] body;
                    try
                    {
                        body = await BufferedBody.Of(response).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is HttpRequestException || ex is System.IO.IOException)
                    {
                        var kind = request.IsIdempotent ? ApiErrorKind.Transport : ApiErrorKind.UnknownOutcome;
                        throw new NexudusApiException(kind, $"{request.Describe()}: the connection dropped while the answer was read ({ex.GetBaseException().Message}).", (int)response.StatusCode, inner: ex)
                        {
                            LostAnswer = request.IsIdempotent ? LostAnswer.None : LostAnswer.Ended,
                        };
                    }
                    var status = (int)response.StatusCode;
                    var mediaType = response.Content?.Headers.ContentType?.MediaType;
                    if (request.Method == HttpMethod.Delete && status == 404 && RetryHandler.AttemptsOf(message) > 1)
                    {
                        // An earlier try deleted it and its answer was lost: the record is gone, as asked.
                        ApiTrace.Write($"{request.Describe()}: already deleted by an earlier try whose answer was lost.");
                        return new ApiAnswer(request, 200, "OK", new byte[0], null);
                    }
                    if (status < 200 || status >= 300)
                        throw ResponseReader.FailureOf(request, status, response.ReasonPhrase, Encoding.UTF8.GetString(body), mediaType,
                            retryAfter: response.Headers.RetryAfter != null);
                    return new ApiAnswer(request, status, response.ReasonPhrase, body, mediaType);
                }
            }
        }

        /// <summary>Sends the request and reads its answer as JSON: an action envelope or any other JSON answer.</summary>
        public async Task<JsonElement> SendForJsonAsync(ApiRequest request, CancellationToken cancellationToken)
        {
            var answer = await SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (answer.Body.Length == 0 && request.Method == HttpMethod.Delete) return default;
            return ResponseReader.Read(request, answer.Status, answer.Reason, answer.Text, answer.MediaType);
        }

        public void Dispose() => _pipeline.Dispose();
    }
}
