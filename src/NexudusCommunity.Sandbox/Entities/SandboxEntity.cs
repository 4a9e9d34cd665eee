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

    /// <summary>Fields a record holds (every field but write-only instructions).</summary>
    public IReadOnlyList<FieldSpec> Stored { get; }

    /// <summary>Fields a create or PUT sets; a PUT clears those it leaves out.</summary>
    public IReadOnlyList<FieldSpec> Writable { get; }

    public override string ToString() => Name;
}

/// <summary>The entities the sandbox serves, each a model and its rules.</summary>
public static class SandboxEntities
{
    public static readonly SandboxEntity Business = new(typeof(Models.Business), new BusinessRules());
    public static readonly SandboxEntity Coworker = new(typeof(Models.Coworker), new CoworkerRules());
    public static readonly SandboxEntity CommunityGroup = new(typeof(Models.CommunityGroup), new CommunityGroupRules());
    public static readonly SandboxEntity VideoRoom = new(typeof(Models.VideoRoom), new VideoRoomRules());
    public static readonly SandboxEntity CommunityThread = new(typeof(Models.CommunityThread), new EntityRules());
    public static readonly SandboxEntity CommunityMessage = new(typeof(Models.CommunityMessage), new CommunityMessageRules());

    public static IReadOnlyList<SandboxEntity> All { get; } = new[] { Business, Coworker, CommunityGroup, VideoRoom, CommunityThread, CommunityMessage };

    /// <summary>The fixture sections (--seed, POST /_sandbox/seed): Users, then every entity's plural.</summary>
    public static IReadOnlyList<string> Sections { get; } =
        new[] { "Users" }.Concat(All.Select(e => e.Name + (e.Name.EndsWith("s") ? "es" : "s"))).ToArray();

    /// <summary>By entity name ("CommunityGroup") or fixture section ("CommunityGroups", "communitygroups"); null when unknown.</summary>
    public static SandboxEntity Find(string name) =>
        All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)
                                || string.Equals(e.Name + "s", name, StringComparison.OrdinalIgnoreCase)
                                || string.Equals(e.Name + "es", name, StringComparison.OrdinalIgnoreCase)
                                || string.Equals(e.Spec.Path.Split('/').Last(), name, StringComparison.OrdinalIgnoreCase));
}
