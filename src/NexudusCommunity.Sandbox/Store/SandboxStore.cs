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
    private readonly MonotonicClock _clock = new();
    private readonly Dictionary<SandboxEntity, EntityTable> _tables;

    public SandboxStore(long idStart = DemoIds.DefaultIdStart)
    {
        IdStart = CheckIdStart(idStart);
        _tables = SandboxEntities.All.ToDictionary(e => e, e => new EntityTable(e, DemoIds.Record(idStart)));
        Reset();
    }

    /// <summary>Where the sandbox's ids start (--id-start): the reference data, then every record added, come after it.</summary>
    public long IdStart { get; private set; }

    /// <summary>Moves every id to start at <paramref name="idStart"/>, and resets the data to the reference data.</summary>
    public void StartIdsAt(long idStart)
    {
        lock (Sync)
        {
            IdStart = CheckIdStart(idStart);
            foreach (var table in _tables.Values) table.FirstId = DemoIds.Record(idStart);
            Reset();
        }
    }

    private static long CheckIdStart(long idStart) =>
        idStart is >= 1 and <= long.MaxValue / 2 ? idStart : throw new ArgumentOutOfRangeException(nameof(idStart), idStart, "The first id must be from 1 to 2^62.");

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

    public JsonObject Get(SandboxEntity entity, long id)
    {
        lock (Sync) return (JsonObject)Table(entity).Get(id)?.DeepClone();
    }

    public bool Exists(SandboxEntity entity, long id)
    {
        lock (Sync) return Table(entity).Get(id) != null;
    }

    /// <summary>The record's name (its entity's name field), or null when there is no such record.</summary>
    public string NameOf(SandboxEntity entity, long id)
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
    public bool Update(SandboxEntity entity, long id, Action<JsonObject> change, string updatedBy = "System")
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

    public bool Delete(SandboxEntity entity, long id)
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
    private void Unlink(SandboxEntity deleted, long id)
    {
        foreach (var entity in SandboxEntities.All)
        foreach (var field in entity.Stored.Where(f => f.References == deleted.Name && f.Kind == Models.Spec.FieldKind.Number))
        foreach (var record in Table(entity).InIdOrder(descending: false).Where(r => JsonRead.TryLong(r[field.Name], out var to) && to == id).ToList())
        {
            if (field.IsRequired) Delete(entity, JsonRead.Id(record));
            else record[field.Name] = null;
        }
    }

    /// <summary>The ids of the user accounts that may own records (the 20 of <see cref="DemoIds"/> by default).</summary>
    public IReadOnlyList<long> UserIds
    {
        get { lock (Sync) return Table(SandboxEntities.User).InIdOrder(descending: false).Select(JsonRead.Id).ToList(); }
    }

    public bool UserExists(long id) => Exists(SandboxEntities.User, id);

    /// <summary>Back to defaults: the two businesses, 20 coworkers and 20 user accounts (<see cref="DemoIds"/>), nothing else.</summary>
    public void Reset()
    {
        lock (Sync)
        {
            foreach (var table in _tables.Values) table.Clear();
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
