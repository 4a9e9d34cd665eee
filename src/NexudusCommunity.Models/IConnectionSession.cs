using System;
using NexudusCommunity.Api;

namespace NexudusCommunity.Connection
{
    /// <summary>What a connection shows of the engine's client behind it (the engine implements it).</summary>
    public interface IConnectionSession : IDisposable
    {
        string UserName { get; }
        Uri BaseUri { get; }
        AuthMode AuthMode { get; }
        DateTimeOffset? TokenExpiresOn { get; }
        string RateLimit { get; }
    }

    /// <summary>Reaches the session behind a connection; explicit, so PowerShell never shows it as a property.</summary>
    public interface IHasSession
    {
        IConnectionSession Session { get; }
    }
}
