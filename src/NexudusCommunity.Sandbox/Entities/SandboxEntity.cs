using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// One entity the sandbox serves: its description (the module's model, <see cref="EntitySpec"/>) and the few rules
/// of its own that a description cannot say (defaults, derived fields, extra checks, commands).
/// </summary>
public sealed class SandboxEntity
{
    internal SandboxEntity(Type model, EntityRules rules)
    {
        Spec = EntitySpec.Of(model);
        Rules = rules;
        Route = "/" + Spec.Path;
        Stored = Spec.Fields.Where(f => !f.IsWriteOnly).ToList();
        Writable = Stored.Where(f => f.IsWritable && f.Name != "Id").ToList();
    }

    public EntitySpec Spec { get; }
    public string Name => Spec.Name;
    public string Route { get; }
    internal EntityRules Rules { get; }

    /// <summary>Creates, updates and deletes are served: as the rules say, else unless the description makes it read only.</summary>
    public bool AcceptsWrites => Rules.AcceptsWrites ?? !Spec.IsReadOnly;

    /// <summary>Fields a record holds (every field but write-only instructions).</summary>
    public IReadOnlyList<FieldSpec> Stored { get; }

    /// <summary>Fields a create or PUT sets; a PUT clears those it leaves out.</summary>
    public IReadOnlyList<FieldSpec> Writable { get; }

    public override string ToString() => Name;
}

/// <summary>
/// The entities the sandbox serves: every [Entity] model of the module, found by reflection, each with its rules: the
/// <see cref="EntityRules"/> subclass named &lt;Entity&gt;Rules when there is one (for what the description cannot say),
/// the description's alone otherwise. A new model is served without a line here.
/// </summary>
public static class SandboxEntities
{
    /// <summary>Records that others refer to come first (businesses, coworkers, groups, threads, messages).</summary>
    public static IReadOnlyList<SandboxEntity> All { get; } = Discover();

    public static readonly SandboxEntity Business = Of(typeof(Models.Business));
    public static readonly SandboxEntity Coworker = Of(typeof(Models.Coworker));
    public static readonly SandboxEntity User = Of(typeof(Models.User));
    public static readonly SandboxEntity CommunityGroup = Of(typeof(Models.CommunityGroup));
    public static readonly SandboxEntity VideoRoom = Of(typeof(Models.VideoRoom));
    public static readonly SandboxEntity CommunityThread = Of(typeof(Models.CommunityThread));
    public static readonly SandboxEntity CommunityMessage = Of(typeof(Models.CommunityMessage));

    /// <summary>The fixture sections (--seed, POST /_sandbox/seed): Users, then every entity's plural.</summary>
    public static IReadOnlyList<string> Sections { get; } =
        new[] { "Users" }.Concat(All.Select(e => e.Name + (e.Name.EndsWith("s") ? "es" : "s"))).ToArray();

    /// <summary>By entity name ("CommunityGroup") or fixture section ("CommunityGroups", "communitygroups"); null when unknown.</summary>
    public static SandboxEntity Find(string name) =>
        All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)
                                || string.Equals(e.Name + "s", name, StringComparison.OrdinalIgnoreCase)
                                || string.Equals(e.Name + "es", name, StringComparison.OrdinalIgnoreCase)
                                || string.Equals(e.Spec.Path.Split('/').Last(), name, StringComparison.OrdinalIgnoreCase));

    private static SandboxEntity Of(Type model) => All.First(e => e.Spec.ModelType == model);

    private static IReadOnlyList<SandboxEntity> Discover()
    {
        var rules = typeof(EntityRules).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(EntityRules)) && !t.IsAbstract)
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
        var models = typeof(Models.NexudusRecord).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.IsPublic && t.GetCustomAttributes(typeof(EntityAttribute), false).Length > 0)
            .ToList();
        var specs = models.ToDictionary(m => EntitySpec.Of(m).Name, m => EntitySpec.Of(m));
        int Depth(EntitySpec spec, int guard) =>
            guard > specs.Count ? 0 : spec.Fields.Where(f => f.References != null && f.References != spec.Name && specs.ContainsKey(f.References))
                .Select(f => 1 + Depth(specs[f.References], guard + 1)).DefaultIfEmpty(0).Max();
        return models
            .OrderBy(m => Depth(EntitySpec.Of(m), 0)).ThenBy(m => EntitySpec.Of(m).Name, StringComparer.Ordinal)
            .Select(m => new SandboxEntity(m, rules.TryGetValue(EntitySpec.Of(m).Name + "Rules", out var r) ? (EntityRules)Activator.CreateInstance(r, true) : new EntityRules()))
            .ToList();
    }
}
