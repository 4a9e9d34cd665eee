using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// The records of one entity, as JSON objects (so fields the sandbox does not know, seeded from a fixture, are kept
/// like the real server keeps fields a client does not know). Ids ascend as records are added, so the Id order a
/// list walks is kept for free: a page in the default order is a slice, with no copy or sort of the whole table.
/// Not thread-safe: the store's lock guards every table.
/// </summary>
internal sealed class EntityTable
{
    private readonly Dictionary<long, JsonObject> _byId = new();
    private readonly List<long> _ids = new();
    private long _nextId;
    private long _firstId;

    public EntityTable(SandboxEntity entity, long firstId)
    {
        Entity = entity;
        _firstId = _nextId = firstId;
    }

    /// <summary>The Id the next record added without one gets, once the table is empty (Clear).</summary>
    public long FirstId
    {
        get => _firstId;
        set => _firstId = value;
    }

    public SandboxEntity Entity { get; }

    public int Count => _ids.Count;

    public JsonObject Get(long id) => _byId.TryGetValue(id, out var record) ? record : null;

    /// <summary>Stores the record as it is; Id 0 or absent means "the next free Id", a given Id is kept.</summary>
    public JsonObject Insert(JsonObject record)
    {
        var id = JsonRead.TryLong(record["Id"], out var given) && given > 0 ? given : _nextId;
        if (_byId.ContainsKey(id)) throw new InvalidOperationException($"{Entity.Name} {id} already exists.");
        record["Id"] = id;
        _nextId = Math.Max(_nextId, id + 1);
        _byId[id] = record;
        _ordered = default;
        var at = _ids.Count == 0 || _ids[^1] < id ? _ids.Count : ~_ids.BinarySearch(id);
        _ids.Insert(at, id);
        return record;
    }

    public void Replace(long id, JsonObject record)
    {
        record["Id"] = id;
        _byId[id] = record;
        _ordered = default;
    }

    public bool Delete(long id)
    {
        if (!_byId.Remove(id)) return false;
        _ids.RemoveAt(_ids.BinarySearch(id));
        _ordered = default;
        return true;
    }

    /// <summary>Every record in Id order (or its reverse), without copying.</summary>
    public IEnumerable<JsonObject> InIdOrder(bool descending)
    {
        if (!descending)
            for (var i = 0; i < _ids.Count; i++) yield return _byId[_ids[i]];
        else
            for (var i = _ids.Count - 1; i >= 0; i--) yield return _byId[_ids[i]];
    }

    /// <summary>The records at positions [skip, skip+take) of the Id order.</summary>
    public IEnumerable<JsonObject> Slice(int skip, int take, bool descending)
    {
        for (var n = 0; n < take && skip + n < _ids.Count; n++)
        {
            var index = descending ? _ids.Count - 1 - skip - n : skip + n;
            yield return _byId[_ids[index]];
        }
    }

    private (string Field, long Generation, JsonObject[] Records) _ordered;

    /// <summary>
    /// Every record in the order <paramref name="order"/> gives them (by a field), worked out once per state of the
    /// store: walking a sorted list page by page asks for the same order on every page.
    /// </summary>
    public IReadOnlyList<JsonObject> OrderedBy(string field, long generation, Func<IEnumerable<JsonObject>, IEnumerable<JsonObject>> order)
    {
        if (_ordered.Records == null || _ordered.Field != field || _ordered.Generation != generation)
            _ordered = (field, generation, order(InIdOrder(descending: false)).ToArray());
        return _ordered.Records;
    }

    public void Clear()
    {
        _byId.Clear();
        _ids.Clear();
        _ordered = default;
        _nextId = _firstId;
    }
}
