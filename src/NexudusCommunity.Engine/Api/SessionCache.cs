using System.Collections.Concurrent;
using NexudusCommunity.Models;

namespace NexudusCommunity.Api
{
    /// <summary>
    /// What one connection keeps between calls: each entity's command list (checked before a run is sent, offered
    /// by Tab completion) and small lookups for completion, each kept until it is older than asked.
    /// </summary>
    public sealed class SessionCache
    {
        private readonly ConcurrentDictionary<string, IReadOnlyList<NexudusCommand>> _commands =
            new ConcurrentDictionary<string, IReadOnlyList<NexudusCommand>>(StringComparer.OrdinalIgnoreCase);

        private readonly ConcurrentDictionary<string, (DateTime LoadedAt, object Value)> _lookups =
            new ConcurrentDictionary<string, (DateTime, object)>(StringComparer.OrdinalIgnoreCase);

        public IReadOnlyList<NexudusCommand> Commands(string entity) => _commands.TryGetValue(entity, out var commands) ? commands : null;

        public void SetCommands(string entity, IReadOnlyList<NexudusCommand> commands) => _commands[entity] = commands;

        /// <summary>The entity's command list as kept, else as <paramref name="load"/> reads it, kept when it reads one (not null).</summary>
        public IReadOnlyList<NexudusCommand> Commands(string entity, Func<IReadOnlyList<NexudusCommand>> load)
        {
            var commands = Commands(entity);
            if (commands != null) return commands;
            commands = load();
            if (commands != null) SetCommands(entity, commands);
            return commands;
        }

        /// <summary>A lookup loaded once and kept until it is older than maxAge (forever when null).</summary>
        public TValue Lookup<TValue>(string key, Func<TValue> load, TimeSpan? maxAge = null)
        {
            if (_lookups.TryGetValue(key, out var entry) && (maxAge == null || DateTime.UtcNow - entry.LoadedAt < maxAge.Value))
                return (TValue)entry.Value;
            var value = load();
            _lookups[key] = (DateTime.UtcNow, value);
            return value;
        }
    }
}
