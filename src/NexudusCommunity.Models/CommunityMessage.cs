using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A reply in a discussion board thread.</summary>
    [Entity("CommunityMessage", "api/community/communitymessages", NameField = nameof(Message), IdListParameter = "id")]
    public sealed class CommunityMessage : NexudusRecord
    {
        public CommunityMessage()
        {
        }

        /// <summary>The reply with this Id: how -CommunityMessage 1234567890 binds (a like's message).</summary>
        public CommunityMessage(long id) => Id = id;

        /// <summary>The reply with this Id (a whole number) or text: how -CommunityMessage 'See you there' binds.</summary>
        public CommunityMessage(string idOrText)
        {
            if (TryReadId(idOrText, out var id)) Id = id;
            else Message = idOrText?.Trim();
        }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable | FieldFlags.Parent, Filter = "CommunityThread", References = "CommunityThread",
            Parameter = "CommunityThread", Omit = EntityVerbs.Set,
            Help = "The thread it replies in.")]
        public long CommunityThreadId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "User", References = "User", Omit = EntityVerbs.Set, Help = "The user account that posted it (Get-NexudusUser lists them). A new message without one takes its thread's poster, else the signed-in user.")]
        public long UserId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Coworker", References = "Coworker", Help = "The customer profile shown as posting it.")]
        public long? CoworkerId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required, Filter = "Message", Position = 0, Help = "The text of the reply.")]
        public string Message { get; set; }

        public override string ToString() => Message;
    }
}
