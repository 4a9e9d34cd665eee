using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>One user's like of a reply on the discussion board.</summary>
    [Entity("CommunityMessageLike", "api/community/communitymessagelikes", IdListParameter = "id", View = "MessageId, UserId, CreatedOn, Id")]
    public sealed partial class CommunityMessageLike : NexudusRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable | FieldFlags.Parent, Filter = "Message", References = "CommunityMessage",
            Parameter = "CommunityMessage", Help = "The reply liked.")]
        public long MessageId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "User", References = "User", Help = "The user account that liked it.")]
        public long UserId { get; set; }
    }
}
