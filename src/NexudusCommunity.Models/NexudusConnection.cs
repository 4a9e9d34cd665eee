using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using NexudusCommunity.Api;
using NexudusCommunity.Models;

namespace NexudusCommunity.Connection
{
    /// <summary>
    /// A signed-in session with one Nexudus account: what Connect-Nexudus returns and every cmdlet's -Connection
    /// takes. Safe to show and to share between runspaces; it never exposes a password or token. The session
    /// itself (the engine's client) sits behind <see cref="IConnectionSession"/>, so this type needs no engine.
    /// </summary>
    public sealed class NexudusConnection : IDisposable
    {
        private readonly ConcurrentDictionary<string, IReadOnlyList<NexudusCommand>> _commandCache =
            new ConcurrentDictionary<string, IReadOnlyList<NexudusCommand>>(StringComparer.OrdinalIgnoreCase);

        private readonly ConcurrentDictionary<string, (DateTime LoadedAt, object Value)> _lookups =
            new ConcurrentDictionary<string, (DateTime, object)>(StringComparer.OrdinalIgnoreCase);

        internal NexudusConnection(IConnectionSession session)
        {
            Session = session ?? throw new ArgumentNullException(nameof(session));
            ConnectedOn = DateTime.UtcNow;
        }

        public string UserName => Session.UserName;
        public Uri BaseUri => Session.BaseUri;
        public AuthMode AuthMode => Session.AuthMode;

        /// <summary>The business cmdlets use when no -BusinessId is given.</summary>
        public int? BusinessId { get; set; }

        public string BusinessName { get; set; }
        public DateTime ConnectedOn { get; }
        public DateTimeOffset? TokenExpiresOn => Session.TokenExpiresOn;
        public string RateLimit => Session.RateLimit;
        public bool IsDisposed { get; private set; }

        internal IConnectionSession Session { get; }

        /// <summary>Command metadata rarely changes: kept per entity for completion and pre-send checks.</summary>
        internal IReadOnlyList<NexudusCommand> CachedCommands(string entity) =>
            _commandCache.TryGetValue(entity, out var commands) ? commands : null;

        internal void CacheCommands(string entity, IReadOnlyList<NexudusCommand> commands) => _commandCache[entity] = commands;

        /// <summary>A small lookup (for Tab completion) loaded once and kept until it is older than maxAge.</summary>
        internal TValue CachedLookup<TValue>(string key, Func<TValue> load, TimeSpan? maxAge = null)
        {
            if (_lookups.TryGetValue(key, out var entry) && (maxAge == null || DateTime.UtcNow - entry.LoadedAt < maxAge.Value))
                return (TValue)entry.Value;
            var value = load();
            _lookups[key] = (DateTime.UtcNow, value);
            return value;
        }

        public void Dispose()
        {
            if (IsDisposed) return;
            IsDisposed = true;
            Session.Dispose();
        }

        public override string ToString() => $"{UserName} @ {BaseUri}";
    }
}
