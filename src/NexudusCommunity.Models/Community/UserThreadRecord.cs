using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>One user's mark on a discussion board thread (a like, a follow, a mute): the pair is the whole record.</summary>
    public abstract class UserThreadRecord : NexudusRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable | FieldFlags.Parent, Filter = "Thread", References = "CommunityThread",
            Parameter = "CommunityThread", Help = "The thread it is about.")]
        public long ThreadId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "User", References = "User", Help = "The user account it belongs to.")]
        public long UserId { get; set; }
    }
}
