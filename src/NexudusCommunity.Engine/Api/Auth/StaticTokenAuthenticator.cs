using System.Net.Http.Headers;
using System.Security;

namespace NexudusCommunity.Api.Auth
{
    /// <summary>A bearer token the caller obtained elsewhere: used as given, never renewed.</summary>
    internal sealed class StaticTokenAuthenticator : FixedCredentialAuthenticator
    {
        private readonly SecureString _token;

        public StaticTokenAuthenticator(SecureString token) => _token = token;

        public override string UserName => "(access token)";

        protected override AuthenticationHeaderValue Authorization() => new AuthenticationHeaderValue("Bearer", SecureStrings.Reveal(_token));
    }
}
