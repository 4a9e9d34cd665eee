using System.Net;
using System.Net.Http.Headers;
using System.Security;
using System.Text;

namespace NexudusCommunity.Api.Auth
{
    /// <summary>
    /// A credential sent as it is on every request (a user name and password, a token obtained elsewhere): nothing to
    /// sign in to first, and nothing to renew when the server refuses it. The header is made for each request, so the
    /// secret stays in its protected form in between.
    /// </summary>
    internal sealed class FixedCredentialAuthenticator : IAuthenticator
    {
        private readonly Func<AuthenticationHeaderValue> _authorization;

        private FixedCredentialAuthenticator(string userName, Func<AuthenticationHeaderValue> authorization)
        {
            UserName = userName;
            _authorization = authorization;
        }

        /// <summary>User name and password on every request (AuthMode Basic).</summary>
        public static FixedCredentialAuthenticator Basic(NetworkCredential credential) =>
            new FixedCredentialAuthenticator(credential.UserName, () => new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes(credential.UserName + ":" + credential.Password))));

        /// <summary>A bearer token the caller obtained elsewhere: used as given, never renewed.</summary>
        public static FixedCredentialAuthenticator Bearer(SecureString token) =>
            new FixedCredentialAuthenticator("(access token)", () => new AuthenticationHeaderValue("Bearer", SecureStrings.Reveal(token)));

        public string UserName { get; }

        public Task ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = _authorization();
            return Task.CompletedTask;
        }

        public Task SignInAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public bool TryInvalidate(HttpRequestMessage refusedRequest) => false;
    }
}
