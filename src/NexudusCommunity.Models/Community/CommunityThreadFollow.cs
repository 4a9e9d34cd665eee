using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A user following a discussion board thread: followers are notified of new replies (being mentioned makes one a follower).</summary>
    [Entity("CommunityThreadFollow", "api/community/communitythreadfollows", IdListParameter = "id", View = "ThreadId, UserId, CreatedOn, Id")]
    public sealed partial class CommunityThreadFollow : NexudusRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable | FieldFlags.Parent, Filter = "Thread", References = "CommunityThread",
            Parameter = "CommunityThread", Help = "The thread followed.")]
        public long ThreadId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "User", References = "User", Help = "The user account that follows it.")]
        public long UserId { get; set; }
    }
}
