using System.Text.Json.Nodes;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// What an entity's description leaves to the server: defaults on create, the value a PUT leaves in a field it
/// was not given, checks across fields, derived read-only fields, write-only instructions, and commands. The
/// defaults here are what every entity does; an entity's rules override only what differs.
/// </summary>
internal class EntityRules
{
    /// <summary>The status of a validation failure (the vendor's pages differ: 500 on the group page, 400 elsewhere).</summary>
    public virtual int ValidationStatus => 400;

    /// <summary>False for entities the sandbox only serves for reading; null: read only when the description says so.</summary>
    public virtual bool? AcceptsWrites => null;

    /// <summary>The role listing needs; null when any signed-in user may list.</summary>
    public virtual string ListRole(EntitySpec spec) => spec.Role("List");

    /// <summary>Fills fields a create did not give.</summary>
    public virtual void Defaults(JsonObject record, SandboxUser actor)
    {
    }

    /// <summary>What a PUT leaves in a writable field it did not send: PUT "clears or sets to false" what is missing.</summary>
    public virtual JsonNode Cleared(FieldSpec field) => field.Kind switch
    {
        FieldKind.TrueFalse => false,
        FieldKind.Decimal when field.Type == typeof(decimal) => 0m,
        FieldKind.Number when field.Type == typeof(int) => 0,
        FieldKind.IdList => new JsonArray(),
        _ => null,
    };

    /// <summary>Checks across fields, or against other data, after each field has been read.</summary>
    public virtual void Check(JsonObject record, List<ValidationError> errors, SandboxStore store)
    {
    }

    /// <summary>Acts on write-only instructions (NewImageUrl...) after the record's fields are set.</summary>
    public virtual void Instruct(JsonObject record, JsonObject body)
    {
    }

    /// <summary>Acts on other records once a new record is stored (a message moves its thread's LastMessageDate).</summary>
    public virtual void Created(JsonObject record, SandboxStore store)
    {
    }

    /// <summary>Fills derived read-only fields of a record about to be shown (BusinessName...).</summary>
    public virtual void Decorate(JsonObject shown, SandboxStore store)
    {
    }

    /// <summary>The commands GET .../commands lists.</summary>
    public virtual IReadOnlyList<CommandDefinition> Commands => Array.Empty<CommandDefinition>();

    /// <summary>Commands that run when called by key but that the list leaves out, as the live API's list does.</summary>
    public virtual IReadOnlyList<CommandDefinition> UnlistedCommands => Array.Empty<CommandDefinition>();

    /// <summary>Runs a checked command; the result's message, or an error result.</summary>
    public virtual (string Message, IResult Error) Run(CommandRequest request, SandboxStore store, string actor) =>
        (null, ApiResults.Invalid(400, "Key", $"Unknown command key '{request.Command.Key}'"));
}

/// <summary>Businesses (read only, as described): any signed-in user lists those they can see.</summary>
internal sealed class BusinessRules : EntityRules
{
    public override string ListRole(EntitySpec spec) => null;
}
