using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A user muting a discussion board thread: no notifications about it reach them, mentions included.</summary>
    [Entity("CommunityThreadMute", "api/community/communitythreadmutes", IdListParameter = "id", View = "ThreadId, UserId, CreatedOn, Id")]
    public sealed partial class CommunityThreadMute : NexudusRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable | FieldFlags.Parent, Filter = "Thread", References = "CommunityThread",
            Parameter = "CommunityThread", Help = "The thread muted.")]
        public long ThreadId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "User", References = "User", Help = "The user account that muted it.")]
        public long UserId { get; set; }
    }
}
