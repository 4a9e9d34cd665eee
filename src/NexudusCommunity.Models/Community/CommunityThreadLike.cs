using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>One user's like of a discussion board thread.</summary>
    [Entity("CommunityThreadLike", "api/community/communitythreadlikes", IdListParameter = "id", View = "ThreadId, UserId, CreatedOn, Id")]
    public sealed partial class CommunityThreadLike : NexudusRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable | FieldFlags.Parent, Filter = "Thread", References = "CommunityThread",
            Parameter = "CommunityThread", Help = "The thread liked.")]
        public long ThreadId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "User", References = "User", Help = "The user account that liked it.")]
        public long UserId { get; set; }
    }
}
