using System.Net.Http.Headers;
using System.Security;

namespace NexudusCommunity.Api.Auth
{
    /// <summary>A bearer token the caller obtained elsewhere: used as given, never renewed.</summary>
    internal sealed class StaticTokenAuthenticator : IAuthenticator
    {
        private readonly SecureString _token;

        public StaticTokenAuthenticator(SecureString token) => _token = token;

        public string UserName => "(access token)";

        public Task ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SecureStrings.Reveal(_token));
            return Task.CompletedTask;
        }

        public Task SignInAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public bool TryInvalidate(HttpRequestMessage refusedRequest) => false;
    }
}
