using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A reply in a discussion board thread.</summary>
    [Entity("CommunityMessage", "api/community/communitymessages", NameField = nameof(Message), IdListParameter = "id",
        View = "Id, CommunityThreadId as Thread, UserId, CreatedOn(16) as CreatedOn, Message")]
    public sealed partial class CommunityMessage : NexudusRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable | FieldFlags.Parent, Filter = "CommunityThread", References = "CommunityThread",
            Parameter = "CommunityThread", Omit = EntityVerbs.Set,
            Help = "The thread it replies in.")]
        public long CommunityThreadId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "User", References = "User", Omit = EntityVerbs.Set, Help = "The user account that posted it (Get-NexudusUser lists them). A new message without one takes its thread's poster, else the signed-in user (the account whose email is the sign-in email, looked up once per connection).")]
        public long UserId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Coworker", References = "Coworker", Help = "The customer profile shown as posting it.")]
        public long? CoworkerId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required, Filter = "Message", Position = 0, Help = "The text of the reply.")]
        public string Message { get; set; }
    }
}
