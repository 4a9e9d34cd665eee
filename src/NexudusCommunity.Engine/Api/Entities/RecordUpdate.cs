using System.Text.Json.Nodes;
using NexudusCommunity.Api.Json;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Api.Entities
{
    /// <summary>
    /// One update of a record. A PUT replaces the whole record and clears whatever the body leaves out, so the body
    /// is the record exactly as the server last gave it (every property, known to the model or not) with only the
    /// asked-for changes applied. Id lists change by delta (Added/Removed), beside the list as the server gave it.
    /// </summary>
    public sealed class RecordUpdate<T> where T : NexudusRecord
    {
        private readonly EntitySpec _spec;
        private readonly JsonObject _server;
        private readonly List<string> _changed = new List<string>();
        private readonly Dictionary<string, HashSet<long>> _added = new Dictionary<string, HashSet<long>>();
        private readonly Dictionary<string, HashSet<long>> _removed = new Dictionary<string, HashSet<long>>();

        internal RecordUpdate(EntitySpec spec, T current, JsonObject server)
        {
            _spec = spec;
            Current = current;
            _server = server;
        }

        /// <summary>The record as the server gave it (changes are not applied to it).</summary>
        public T Current { get; }

        public long Id => Current.Id;

        /// <summary>The fields that will change, in the order they were set.</summary>
        public IReadOnlyList<string> Changed => _changed;

        /// <summary>Sets a field; no change is recorded when it already holds that value.</summary>
        public void Set(FieldSpec field, object value)
        {
            if (field.IsWriteOnly)
            {
                Put(field.Name, FieldValues.ToNode(field, value));
                Note(field.Name);
                return;
            }
            if (FieldValues.Same(field, field.GetValue(Current), value)) return;
            if (field.Kind == FieldKind.IdList)
            {
                // A whole new list: sent as the list, and as deltas for a server that reads only those.
                var before = new HashSet<long>((long[])field.GetValue(Current) ?? new long[0]);
                var after = new HashSet<long>((IEnumerable<long>)value ?? new long[0]);
                Delta(_added, field).UnionWith(after.Except(before));
                Delta(_removed, field).UnionWith(before.Except(after));
            }
            Put(field.Name, FieldValues.ToNode(field, value));
            Note(field.Name);
        }

        /// <summary>Adds and removes ids of a list, leaving the list as the server gave it: the server applies the deltas.</summary>
        public void ChangeIds(FieldSpec field, IEnumerable<long> add, IEnumerable<long> remove)
        {
            var current = new HashSet<long>((long[])field.GetValue(Current) ?? new long[0]);
            var adding = (add ?? Enumerable.Empty<long>()).Where(id => !current.Contains(id)).ToList();
            var removing = (remove ?? Enumerable.Empty<long>()).Where(current.Contains).ToList();
            if (adding.Count == 0 && removing.Count == 0) return;
            Delta(_added, field).UnionWith(adding);
            Delta(_removed, field).UnionWith(removing);
            Note(field.Name);
        }

        /// <summary>The PUT body: the server's record, the changes, the deltas, and the Id.</summary>
        public JsonObject Body()
        {
            var body = (JsonObject)_server.DeepClone();
            foreach (var pair in _added.Where(p => p.Value.Count > 0)) body[_spec.Field(pair.Key).AddedName] = FieldValues.Ids(pair.Value.OrderBy(i => i));
            foreach (var pair in _removed.Where(p => p.Value.Count > 0)) body[_spec.Field(pair.Key).RemovedName] = FieldValues.Ids(pair.Value.OrderBy(i => i));
            body["Id"] = Current.Id;
            return body;
        }

        /// <summary>Replaces a property whatever casing or alias the server used for it, so the body holds it once.</summary>
        private void Put(string name, JsonNode value)
        {
            var field = _spec.Field(name);
            foreach (var key in _server.Select(p => p.Key).ToList())
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) || (field?.Alias != null && string.Equals(key, field.Alias, StringComparison.OrdinalIgnoreCase)))
                    _server.Remove(key);
            _server[name] = value;
        }

        private void Note(string name)
        {
            if (!_changed.Contains(name)) _changed.Add(name);
        }

        private static HashSet<long> Delta(Dictionary<string, HashSet<long>> deltas, FieldSpec field)
        {
            if (!deltas.TryGetValue(field.Name, out var set)) deltas[field.Name] = set = new HashSet<long>();
            return set;
        }
    }
}
