using System.Net;
using System.Security;

namespace NexudusCommunity.Api
{
    /// <summary>Everything a connection needs to reach and authenticate to one Nexudus API.</summary>
    public sealed class NexudusClientOptions
    {
        public static readonly Uri PublicApi = new Uri("https://spaces.nexudus.com/");

        public Uri BaseUri { get; set; } = PublicApi;
        public AuthMode AuthMode { get; set; } = AuthMode.Token;

        /// <summary>User name and password (kept as a SecureString inside NetworkCredential).</summary>
        public NetworkCredential Credential { get; set; }

        /// <summary>A two-factor code sent with the password grant.</summary>
        public SecureString Totp { get; set; }

        /// <summary>
        /// The client id named at sign-in and on every refresh (null: the user name, as the API assumes). A refresh
        /// makes the server forget the client id's earlier refresh tokens, so jobs that share an account keep
        /// each other's tokens working by using different ones.
        /// </summary>
        public string ClientId { get; set; }

        /// <summary>A bearer token obtained elsewhere; used as is and never refreshed.</summary>
        public SecureString AccessToken { get; set; }

        public RateLimitPolicy RateLimit { get; set; } = RateLimitPolicy.Published;
        public RetryPolicy Retry { get; set; } = RetryPolicy.Default;

        /// <summary>Credentials may travel only over https, or plain http to this machine.</summary>
        public void Validate()
        {
            if (BaseUri == null || !BaseUri.IsAbsoluteUri)
                throw new ArgumentException("must be an absolute http(s) address, such as https://spaces.nexudus.com/.", nameof(BaseUri));
            if (BaseUri.Scheme != Uri.UriSchemeHttps && BaseUri.Scheme != Uri.UriSchemeHttp)
                throw new ArgumentException($"must use https (got '{BaseUri.Scheme}').", nameof(BaseUri));
            if (BaseUri.Scheme == Uri.UriSchemeHttp && !BaseUri.IsLoopback)
                throw new ArgumentException(
                    $"'{BaseUri.GetLeftPart(UriPartial.Authority)}' uses plain http: credentials and tokens are only sent over https, or over http to this machine (localhost).",
                    nameof(BaseUri));
            // Relative request paths resolve against the base only when it ends with '/': keep any path prefix.
            if (!BaseUri.AbsolutePath.EndsWith("/")) BaseUri = new Uri(BaseUri.GetLeftPart(UriPartial.Path) + "/");
            if (Credential == null && AccessToken == null)
                throw new ArgumentException("a credential or an access token is required.", nameof(Credential));
            if (Credential != null && string.IsNullOrWhiteSpace(Credential.UserName))
                throw new ArgumentException("the credential has no user name.", nameof(Credential));
            RateLimit?.Validate();
        }
    }
}
