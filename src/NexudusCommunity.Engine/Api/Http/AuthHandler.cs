using System.Net;
using NexudusCommunity.Api.Auth;

namespace NexudusCommunity.Api.Http
{
    /// <summary>
    /// Authenticates each request. A 401 on a renewable credential (an expired or revoked token) is answered by
    /// renewing it and trying once more; a 401 that names a missing role is the server's verdict and is returned.
    /// </summary>
    internal sealed class AuthHandler : DelegatingHandler
    {
        private readonly IAuthenticator _authenticator;

        public AuthHandler(IAuthenticator authenticator) => _authenticator = authenticator ?? throw new ArgumentNullException(nameof(authenticator));

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await _authenticator.ApplyAsync(request, cancellationToken).ConfigureAwait(false);
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Unauthorized) return response;

            var body = response.Content == null ? "" : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            if (body.IndexOf("role", System.StringComparison.OrdinalIgnoreCase) >= 0) return response;
            if (!_authenticator.TryInvalidate(request)) return response;

            ApiTrace.Write("The server refused the access token (401); renewing it and trying once more.");
            response.Dispose();
            await _authenticator.ApplyAsync(request, cancellationToken).ConfigureAwait(false);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
