using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>Messages: a new one becomes its thread's LastMessageDate (a reply is not an edit: the thread's UpdatedOn stays).</summary>
internal sealed class CommunityMessageRules : EntityRules
{
    public override void Created(JsonObject record, SandboxStore store)
    {
        if (JsonRead.TryLong(record["CommunityThreadId"], out var id) && store.Table(SandboxEntities.CommunityThread).Get(id) is { } thread)
            thread["LastMessageDate"] = record["CreatedOn"]?.DeepClone();
    }
}
