using System.Net.Http.Headers;

namespace NexudusCommunity.Api.Auth
{
    /// <summary>
    /// A credential sent as it is on every request (a user name and password, a token obtained elsewhere): nothing to
    /// sign in to first, and nothing to renew when the server refuses it.
    /// </summary>
    internal abstract class FixedCredentialAuthenticator : IAuthenticator
    {
        public abstract string UserName { get; }

        /// <summary>The Authorization header every request carries.</summary>
        protected abstract AuthenticationHeaderValue Authorization();

        public Task ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = Authorization();
            return Task.CompletedTask;
        }

        public Task SignInAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public bool TryInvalidate(HttpRequestMessage refusedRequest) => false;
    }
}
