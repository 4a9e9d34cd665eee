using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A reply in a discussion board thread.</summary>
    [Entity("CommunityMessage", "api/community/communitymessages", NameField = nameof(Message), IdListParameter = "id")]
    public sealed class CommunityMessage : NexudusRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "CommunityThread", References = "CommunityThread", Parameter = "CommunityThread")]
        public int CommunityThreadId { get; set; }

        /// <summary>The user account that posted it.</summary>
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "User", References = "User")]
        public int UserId { get; set; }

        /// <summary>The customer profile that posted it.</summary>
        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Coworker", References = "Coworker")]
        public int? CoworkerId { get; set; }

        [Field(FieldFlags.Writable, Filter = "Message")]
        public string Message { get; set; }

        public override string ToString() => Message;
    }
}
