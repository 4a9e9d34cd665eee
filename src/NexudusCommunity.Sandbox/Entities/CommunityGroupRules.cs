using System.Text.Json.Nodes;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Sandbox;

/// <summary>Community groups: access Public unless given, cleared to Restricted by a PUT; the business named; commands.</summary>
internal sealed class CommunityGroupRules : EntityRules
{
    public const int Restricted = 1;
    public const int Public = 2;
    public const int Private = 3;

    // The community-groups page shows validation failures as HTTP 500.
    public override int ValidationStatus => 500;

    public override void Defaults(JsonObject record, SandboxUser actor)
    {
        record["GroupAccess"] ??= Public;
        record["Members"] ??= new JsonArray();
    }

    public override JsonNode Cleared(FieldSpec field) => field.Name == "GroupAccess" ? Restricted : base.Cleared(field);

    public override void Decorate(JsonObject shown, SandboxStore store) =>
        shown["BusinessName"] = JsonRead.TryLong(shown["BusinessId"], out var id) ? store.NameOf(SandboxEntities.Business, id) : null;

    public override IReadOnlyList<CommandDefinition> Commands => GroupCommands.Listed;

    public override IReadOnlyList<CommandDefinition> UnlistedCommands => GroupCommands.Unlisted;

    public override (string Message, IResult Error) Run(CommandRequest request, SandboxStore store, string actor) =>
        GroupCommands.Run(request, store, actor);
}
