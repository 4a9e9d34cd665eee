using System.Text.Json;
using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// The sandbox's in-memory data: one table of JSON records per entity, plus the user accounts that may own records.
/// One lock guards everything: the data is small and correctness under concurrent requests matters more than
/// throughput. Every record handed out is a copy.
/// </summary>
public sealed partial class SandboxStore
{
    public const int FirstRecordId = 100000;
    public const int FirstUserId = 5001;
    public const int LastUserId = 5020;

    private readonly MonotonicClock _clock = new();
    private readonly Dictionary<SandboxEntity, EntityTable> _tables = SandboxEntities.All.ToDictionary(e => e, e => new EntityTable(e));
    private HashSet<int> _userIds = new();

    public SandboxStore()
    {
        Reset();
    }

    internal object Sync { get; } = new();

    private long _generation;

    /// <summary>
    /// Moves on with every change made to a stored record in place (each write request, before and after it, for the
    /// rules' hooks; Update; the references a Delete unlinks), so what is worked out from the records (a list's sort
    /// order) is known to be current. Adding, replacing and removing records the tables notice themselves.
    /// </summary>
    internal long Generation => Interlocked.Read(ref _generation);

    internal void Changed() => Interlocked.Increment(ref _generation);

    /// <summary>Copies of every record of an entity, in Id order.</summary>
    public IReadOnlyList<JsonObject> Records(SandboxEntity entity)
    {
        lock (Sync) return Table(entity).InIdOrder(descending: false).Select(r => (JsonObject)r.DeepClone()).ToList();
    }

    /// <summary>Every record of the model's entity, read into the model (for tests).</summary>
    public IReadOnlyList<T> Records<T>() => Records(EntityOf<T>()).Select(r => r.Deserialize<T>(SandboxJson.ModelOptions)).ToList();

    public int Count(SandboxEntity entity)
    {
        lock (Sync) return Table(entity).Count;
    }

    public JsonObject Get(SandboxEntity entity, int id)
    {
        lock (Sync) return (JsonObject)Table(entity).Get(id)?.DeepClone();
    }

    public bool Exists(SandboxEntity entity, int id)
    {
        lock (Sync) return Table(entity).Get(id) != null;
    }

    /// <summary>The record's name (its entity's name field), or null when there is no such record.</summary>
    public string NameOf(SandboxEntity entity, int id)
    {
        lock (Sync)
        {
            var record = Table(entity).Get(id);
            return record == null || entity.Spec.NameField == null ? null : (string)record[entity.Spec.NameField.Name];
        }
    }

    /// <summary>Adds a record as given, without checks (fixtures, tests): stamps dates and UniqueId, applies the entity's defaults.</summary>
    public JsonObject Add(SandboxEntity entity, JsonObject record, string updatedBy = "System")
    {
        lock (Sync) return (JsonObject)InsertStamped(entity, (JsonObject)record.DeepClone(), updatedBy).DeepClone();
    }

    /// <summary>Adds a model (a CommunityGroup...) as a record, without checks.</summary>
    public T Add<T>(T model) where T : class =>
        Add(EntityOf<T>(), JsonSerializer.SerializeToNode(model, SandboxJson.ModelOptions)!.AsObject()).Deserialize<T>(SandboxJson.ModelOptions);

    /// <summary>Bulk insert for tests and benchmarks: record(i) for i = 0..count-1.</summary>
    public void AddMany(SandboxEntity entity, int count, Func<int, JsonObject> record)
    {
        lock (Sync)
            for (var i = 0; i < count; i++) InsertStamped(entity, record(i), "System");
    }

    /// <summary>Applies a change to a stored record and stamps UpdatedOn. False when the Id is unknown.</summary>
    public bool Update(SandboxEntity entity, int id, Action<JsonObject> change, string updatedBy = "System")
    {
        Changed();
        lock (Sync)
        {
            var record = Table(entity).Get(id);
            if (record == null) return false;
            change(record);
            record["Id"] = id;
            Touch(record, updatedBy);
            return true;
        }
    }

    public bool Delete(SandboxEntity entity, int id)
    {
        Changed();
        lock (Sync)
        {
            if (!Table(entity).Delete(id)) return false;
            Unlink(entity, id);
            return true;
        }
    }

    /// <summary>
    /// Records that refer to a deleted one go with it when they cannot exist without it (a required reference: a
    /// thread's messages), and otherwise only forget it (an optional one: a group's threads stay, without a group).
    /// </summary>
    private void Unlink(SandboxEntity deleted, int id)
    {
        foreach (var entity in SandboxEntities.All)
        foreach (var field in entity.Stored.Where(f => f.References == deleted.Name && f.Kind == Models.Spec.FieldKind.Number))
        foreach (var record in Table(entity).InIdOrder(descending: false).Where(r => JsonRead.TryInt(r[field.Name], out var to) && to == id).ToList())
        {
            if (field.IsRequired) Delete(entity, (int)record["Id"]!);
            else record[field.Name] = null;
        }
    }

    /// <summary>The user account ids that may own records (5001..5020 by default).</summary>
    public IReadOnlyList<int> UserIds
    {
        get { lock (Sync) return _userIds.OrderBy(id => id).ToList(); }
    }

    public bool UserExists(int id)
    {
        lock (Sync) return _userIds.Contains(id);
    }

    public void SetUserIds(IEnumerable<int> userIds)
    {
        var set = userIds.ToHashSet();
        lock (Sync) _userIds = set;
    }

    /// <summary>Back to defaults: the two businesses, coworkers and users 5001..5020, nothing else; Ids from 100000.</summary>
    public void Reset()
    {
        lock (Sync)
        {
            foreach (var table in _tables.Values) table.Clear();
            _userIds = Enumerable.Range(FirstUserId, LastUserId - FirstUserId + 1).ToHashSet();
            DemoData.AddReferenceData(this);
        }
    }

    internal EntityTable Table(SandboxEntity entity) => _tables[entity];

    internal JsonObject InsertStamped(SandboxEntity entity, JsonObject record, string updatedBy)
    {
        var now = SandboxJson.FormatDate(_clock.Next());
        record["CreatedOn"] ??= now;
        record["UpdatedOn"] ??= now;
        record["UpdatedBy"] ??= updatedBy;
        record["UniqueId"] ??= Guid.NewGuid().ToString();
        entity.Rules.Defaults(record, null);
        return Table(entity).Insert(record);
    }

    internal void Touch(JsonObject record, string updatedBy)
    {
        record["UpdatedOn"] = SandboxJson.FormatDate(_clock.Next());
        record["UpdatedBy"] = updatedBy;
    }

    private static SandboxEntity EntityOf<T>() =>
        SandboxEntities.All.FirstOrDefault(e => e.Spec.ModelType == typeof(T)) ?? throw new ArgumentException($"The sandbox serves no {typeof(T).Name}.");
}
