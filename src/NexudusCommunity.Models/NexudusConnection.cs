using System;
using NexudusCommunity.Api;

namespace NexudusCommunity.Connection
{
    /// <summary>
    /// A signed-in session with one Nexudus account: what Connect-Nexudus returns and every cmdlet's -Connection
    /// takes. Safe to show and to share between runspaces; it never exposes a password or token. The session
    /// itself (the engine's client, its caches and pacing) sits behind <see cref="IConnectionSession"/>, so this
    /// type, which scripts name, needs no engine.
    /// </summary>
    public sealed class NexudusConnection : IDisposable, IHasSession
    {
        private readonly IConnectionSession _session;

        public NexudusConnection(IConnectionSession session)
        {
            _session = session ?? throw new ArgumentNullException(nameof(session));
            ConnectedOn = DateTime.UtcNow;
        }

        public string UserName => _session.UserName;
        public Uri BaseUri => _session.BaseUri;
        public AuthMode AuthMode => _session.AuthMode;

        /// <summary>The business cmdlets use when no -BusinessId is given.</summary>
        public long? BusinessId { get; set; }

        public string BusinessName { get; set; }
        public DateTime ConnectedOn { get; }
        public DateTimeOffset? TokenExpiresOn => _session.TokenExpiresOn;
        public string RateLimit => _session.RateLimit;
        public bool IsDisposed { get; private set; }

        IConnectionSession IHasSession.Session => _session;

        public void Dispose()
        {
            if (IsDisposed) return;
            IsDisposed = true;
            _session.Dispose();
        }

        public override string ToString() => $"{UserName} @ {BaseUri}";
    }
}
