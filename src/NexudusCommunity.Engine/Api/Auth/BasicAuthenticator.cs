using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace NexudusCommunity.Api.Auth
{
    /// <summary>Sends user name and password on every request; nothing to renew.</summary>
    internal sealed class BasicAuthenticator : FixedCredentialAuthenticator
    {
        private readonly NetworkCredential _credential;

        public BasicAuthenticator(NetworkCredential credential) => _credential = credential;

        public override string UserName => _credential.UserName;

        protected override AuthenticationHeaderValue Authorization() =>
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(_credential.UserName + ":" + _credential.Password)));
    }
}
