using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace NexudusCommunity.Api.Auth
{
    /// <summary>Sends user name and password on every request; nothing to renew.</summary>
    internal sealed class BasicAuthenticator : IAuthenticator
    {
        private readonly NetworkCredential _credential;

        public BasicAuthenticator(NetworkCredential credential) => _credential = credential;

        public string UserName => _credential.UserName;

        public Task ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var pair = Encoding.UTF8.GetBytes(_credential.UserName + ":" + _credential.Password);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
            return Task.CompletedTask;
        }

        public Task SignInAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public bool TryInvalidate(HttpRequestMessage refusedRequest) => false;
    }
}
