using System.Collections.Concurrent;

namespace NexudusCommunity.Api.Entities
{
    /// <summary>Records this connection created, so a lost create is never matched to one it already accounted for.</summary>
    public sealed class CreatedRecords
    {
        private readonly ConcurrentDictionary<(string Entity, long Id), bool> _ids = new ConcurrentDictionary<(string, long), bool>();

        /// <summary>False when the record was already known.</summary>
        public bool Remember(string entity, long id) => _ids.TryAdd((entity, id), true);

        public bool Contains(string entity, long id) => _ids.ContainsKey((entity, id));
    }
}
