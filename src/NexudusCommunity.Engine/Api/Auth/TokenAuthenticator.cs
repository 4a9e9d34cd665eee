using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Api.Http;

namespace NexudusCommunity.Api.Auth
{
    /// <summary>
    /// Bearer tokens from POST /api/token: a password grant (with the TOTP code when given) first, then refresh
    /// grants a minute before expiry. Tokens live in this object only, never on disk or in output.
    /// </summary>
    internal sealed class TokenAuthenticator : IAuthenticator
    {
        private static readonly TimeSpan RenewEarly = TimeSpan.FromSeconds(60);
        private const int DefaultLifetimeSeconds = 3600;
        private readonly HttpClient _tokenClient;
        private readonly NetworkCredential _credential;
        private readonly SecureString _totp;
        private readonly SemaphoreSlim _renewal = new SemaphoreSlim(1, 1);
        private readonly object _stateGate = new object();
        private SecureString _accessToken;
        private SecureString _refreshToken;
        private DateTimeOffset _expiresAt = DateTimeOffset.MinValue;
        private DateTimeOffset _renewAt = DateTimeOffset.MinValue;
        private int _generation;

        public TokenAuthenticator(HttpClient tokenClient, NetworkCredential credential, SecureString totp)
        {
            _tokenClient = tokenClient;
            _credential = credential;
            _totp = totp;
        }

        public string UserName => _credential.UserName;

        public DateTimeOffset? ExpiresOn => _accessToken == null ? (DateTimeOffset?)null : _expiresAt;

        public async Task ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var (token, generation) = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
            request.Properties["Nexudus.TokenGeneration"] = generation;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

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
                }, cancellationToken, throwOnRefusal: false).ConfigureAwait(false);
                if (refreshed) return;
                ApiTrace.Write("The refresh token was refused; signing in again.");
            }

            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["username"] = _credential.UserName,
                ["password"] = _credential.Password,
            };
            if (_totp != null) form["totp"] = SecureStrings.Reveal(_totp);
            ApiTrace.Write($"Requesting an access token for {_credential.UserName}.");
            await RequestTokenAsync(form, cancellationToken, throwOnRefusal: true).ConfigureAwait(false);
        }

        private async Task<bool> RequestTokenAsync(Dictionary<string, string> form, CancellationToken cancellationToken, bool throwOnRefusal)
        {
            using (var request = new HttpRequestMessage(HttpMethod.Post, "api/token") { Content = new FormUrlEncodedContent(form) })
            {
                RequestFlags.MarkSafeToRepeat(request);
                RequestFlags.MarkNotWrite(request);
                using (var response = await _tokenClient.SendAsync(request, cancellationToken).ConfigureAwait(false))
                {
                    var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                    if (response.IsSuccessStatusCode && TryStore(body)) return true;
                    if (!throwOnRefusal) return false;
                    throw new NexudusApiException(ApiErrorKind.Authentication,
                        $"Sign-in as '{_credential.UserName}' failed ({(int)response.StatusCode}): {DescribeRefusal(body, response)}",
                        (int)response.StatusCode);
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
                    var lifetime = TimeSpan.FromSeconds(LifetimeSeconds(root));
                    _accessToken = SecureStrings.Protect(access.GetString());
                    _refreshToken = root.TryGetProperty("refresh_token", out var refresh) && refresh.ValueKind == JsonValueKind.String
                        ? SecureStrings.Protect(refresh.GetString())
                        : null;
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

        /// <summary>expires_in as a number or a numeric string; missing or unreadable: an hour.</summary>
        private static int LifetimeSeconds(JsonElement root)
        {
            if (!root.TryGetProperty("expires_in", out var expires)) return DefaultLifetimeSeconds;
            var seconds = 0;
            var read = expires.ValueKind == JsonValueKind.Number ? expires.TryGetInt32(out seconds)
                : expires.ValueKind == JsonValueKind.String && int.TryParse(expires.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out seconds);
            if (!read) return DefaultLifetimeSeconds;
            return Math.Max(seconds, 1);
        }

        /// <summary>The server's own words (error_description or Message), which never echo the password.</summary>
        private static string DescribeRefusal(string body, HttpResponseMessage response)
        {
            try
            {
                using (var doc = JsonDocument.Parse(body))
                {
                    var root = doc.RootElement;
                    if (root.ValueKind == JsonValueKind.Object)
                    {
                        if (root.TryGetProperty("error_description", out var d) && d.ValueKind == JsonValueKind.String) return d.GetString();
                        if (root.TryGetProperty("Message", out var m) && m.ValueKind == JsonValueKind.String) return m.GetString();
                        if (root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String) return e.GetString();
                    }
                }
            }
            catch (JsonException)
            {
            }
            return "the token endpoint refused the credentials (" + response.ReasonPhrase + ").";
        }
    }
}
