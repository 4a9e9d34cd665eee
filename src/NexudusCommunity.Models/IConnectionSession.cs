using System;
using NexudusCommunity.Api;

namespace NexudusCommunity.Connection
{
    /// <summary>What a connection shows of the engine's client it wraps (the engine implements it).</summary>
    internal interface IConnectionSession : IDisposable
    {
        string UserName { get; }
        Uri BaseUri { get; }
        AuthMode AuthMode { get; }
        DateTimeOffset? TokenExpiresOn { get; }
        string RateLimit { get; }
    }
}
