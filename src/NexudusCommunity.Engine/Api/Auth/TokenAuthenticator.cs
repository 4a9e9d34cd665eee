using System.Net;
using System.Net.Http.Headers;
using System.Security;
using System.Text.Json;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Api.Http;

namespace NexudusCommunity.Api.Auth
{
    /// <summary>
    /// Bearer tokens from POST /api/token: a password grant (with the TOTP code when given) first, then refresh
    /// grants a minute before expiry. Both name the client: client_id in the sign-in form (the user name unless
    /// given), and as a header on a refresh, as the API asks. Each refresh answer carries a new refresh token and
    /// the server forgets the earlier ones of that client id, so the newest is always kept. Tokens live in this
    /// object only, never on disk or in output.
    /// </summary>
    internal sealed class TokenAuthenticator : IAuthenticator
    {
        private static readonly TimeSpan RenewEarly = TimeSpan.FromSeconds(60);
        private const int DefaultLifetimeSeconds = 3600;
        private const string ClientIdHeader = "client_id";
        private readonly HttpClient _tokenClient;
        private readonly NetworkCredential _credential;
        private readonly SecureString _totp;
        private readonly string _clientId;
        private readonly SemaphoreSlim _renewal = new SemaphoreSlim(1, 1);
        private readonly object _stateGate = new object();
        private SecureString _accessToken;
        private SecureString _refreshToken;
        private DateTimeOffset _expiresAt = DateTimeOffset.MinValue;
        private DateTimeOffset _renewAt = DateTimeOffset.MinValue;
        private int _generation;

        public TokenAuthenticator(HttpClient tokenClient, NetworkCredential credential, SecureString totp, string clientId = null)
        {
            _tokenClient = tokenClient;
            _credential = credential;
            _totp = totp;
            _clientId = string.IsNullOrWhiteSpace(clientId) ? credential.UserName : clientId.Trim();
        }

        public string UserName => _credential.UserName;

        public DateTimeOffset? ExpiresOn => _accessToken == null ? (DateTimeOffset?)null : _expiresAt;

        public async Task ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var (token, generation) = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
            request.Properties["Nexudus.TokenGeneration"] = generation;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        public Task SignInAsync(CancellationToken cancellationToken) => GetTokenAsync(cancellationToken);

        public bool TryInvalidate(HttpRequestMessage refusedRequest)
        {
            lock (_stateGate)
            {
                // Another request may already have renewed the token this one was refused with.
                if (refusedRequest.Properties.TryGetValue("Nexudus.TokenGeneration", out var g) && (int)g == _generation)
                    _renewAt = DateTimeOffset.MinValue;
            }
            return true;
        }

        public async Task<(string Token, int Generation)> GetTokenAsync(CancellationToken cancellationToken)
        {
            if (IsFresh) return (SecureStrings.Reveal(_accessToken), _generation);
            await _renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!IsFresh) await RenewAsync(cancellationToken).ConfigureAwait(false);
                return (SecureStrings.Reveal(_accessToken), _generation);
            }
            finally
            {
                _renewal.Release();
            }
        }

        private bool IsFresh => _accessToken != null && DateTimeOffset.UtcNow < _renewAt;

        private async Task RenewAsync(CancellationToken cancellationToken)
        {
            if (_refreshToken != null)
            {
                ApiTrace.Write("Refreshing the access token.");
                var refreshed = await RequestTokenAsync(new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["refresh_token"] = SecureStrings.Reveal(_refreshToken),
                }, cancellationToken, throwOnRefusal: false, clientIdHeader: true).ConfigureAwait(false);
                if (refreshed) return;
                ApiTrace.Write("The refresh token was refused; signing in again.");
            }

            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["username"] = _credential.UserName,
                ["password"] = _credential.Password,
                ["client_id"] = _clientId,
            };
            if (_totp != null) form["totp"] = SecureStrings.Reveal(_totp);
            ApiTrace.Write($"Requesting an access token for {_credential.UserName}.");
            await RequestTokenAsync(form, cancellationToken, throwOnRefusal: true).ConfigureAwait(false);
        }

        private async Task<bool> RequestTokenAsync(Dictionary<string, string> form, CancellationToken cancellationToken, bool throwOnRefusal,
            bool clientIdHeader = false)
        {
            using (var request = new HttpRequestMessage(HttpMethod.Post, "api/token") { Content = new FormUrlEncodedContent(form) })
            {
                RequestFlags.MarkSafeToRepeat(request);
                RequestFlags.MarkNotWrite(request);
                if (clientIdHeader) request.Headers.TryAddWithoutValidation(ClientIdHeader, _clientId);
                HttpResponseMessage sent;
                try
                {
                    sent = await _tokenClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (NexudusApiException ex) when (!ex.DuringSignIn)
                {
                    // No answer, or throttled past the retry budget: the sign-in is the step that failed, whatever
                    // request was waiting for it.
                    throw new NexudusApiException(ex.Kind, $"Signing in as '{_credential.UserName}': {ex.Message}", ex.StatusCode, inner: ex)
                    {
                        LostAnswer = ex.LostAnswer,
                        SpentBudget = ex.SpentBudget,
                        DuringSignIn = true,
                    };
                }
                using (var response = sent)
                {
                    var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                    if (response.IsSuccessStatusCode && TryStore(body)) return true;
                    if (!throwOnRefusal) return false;
                    var refusal = TokenRefusal.Read(body);
                    throw new NexudusApiException(ApiErrorKind.Authentication,
                        $"Sign-in as '{_credential.UserName}' failed ({(int)response.StatusCode}): {refusal.Explain(_totp != null, response.ReasonPhrase)}",
                        (int)response.StatusCode)
                    {
                        ErrorCode = refusal.Code,
                    };
                }
            }
        }

        private bool TryStore(string body)
        {
            try
            {
                using (var doc = JsonDocument.Parse(body))
                {
                    var root = doc.RootElement;
                    if (root.ValueKind != JsonValueKind.Object) return false;
                    if (!root.TryGetProperty("access_token", out var access) || access.ValueKind != JsonValueKind.String) return false;
                    var lifetime = Lifetime(root);
                    _accessToken = SecureStrings.Protect(access.GetString());
                    // The newest refresh token replaces the others (the server has forgotten them); an answer
                    // without one leaves the current one, which may still work.
                    if (root.TryGetProperty("refresh_token", out var refresh) && refresh.ValueKind == JsonValueKind.String && refresh.GetString().Length > 0)
                        _refreshToken = SecureStrings.Protect(refresh.GetString());
                    var now = DateTimeOffset.UtcNow;
                    _expiresAt = now + lifetime;
                    // A minute early; a short-lived token (under two minutes) at three quarters of its life, so it
                    // is still used rather than renewed before every request.
                    _renewAt = lifetime > RenewEarly + RenewEarly ? _expiresAt - RenewEarly : now + TimeSpan.FromTicks(lifetime.Ticks * 3 / 4);
                    _generation++;
                    return true;
                }
            }
            catch (JsonException)
            {
                return false;
            }
        }

        /// <summary>
        /// expires_in as a number or a numeric string, whole or not, whatever its size (the docs show a day and a
        /// week; up to ten years is taken as given, at least a second); missing or unreadable: an hour.
        /// </summary>
        internal static TimeSpan Lifetime(JsonElement root)
        {
            var seconds = 0d;
            var read = root.TryGetProperty("expires_in", out var expires) &&
                       (expires.ValueKind == JsonValueKind.Number ? expires.TryGetDouble(out seconds)
                           : expires.ValueKind == JsonValueKind.String && double.TryParse(expires.GetString(), System.Globalization.NumberStyles.Float,
                               System.Globalization.CultureInfo.InvariantCulture, out seconds));
            if (!read || double.IsNaN(seconds)) return TimeSpan.FromSeconds(DefaultLifetimeSeconds);
            return TimeSpan.FromSeconds(Math.Max(1, Math.Min(seconds, MaxLifetime.TotalSeconds)));
        }

        private static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(3650);
    }
}
