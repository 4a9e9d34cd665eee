namespace NexudusCommunity.Api.Auth
{
    /// <summary>Puts credentials on a request, and renews them when the server says they no longer work.</summary>
    internal interface IAuthenticator
    {
        /// <summary>Who is signed in, for display (never a secret).</summary>
        string UserName { get; }

        Task ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken);

        /// <summary>Gets the credential ready where that takes a request of its own (a token); at once otherwise.</summary>
        Task SignInAsync(CancellationToken cancellationToken);

        /// <summary>Forget the credential used on a refused request; true if a fresh one can be had.</summary>
        bool TryInvalidate(HttpRequestMessage refusedRequest);
    }
}
