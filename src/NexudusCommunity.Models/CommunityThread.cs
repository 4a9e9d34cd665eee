using System;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A conversation on the discussion board: in a community group, or (without one) open to every customer.</summary>
    [Entity("CommunityThread", "api/community/communitythreads", NameField = nameof(Subject), IdListParameter = "id",
        View = "Id, Subject, CommunityGroupId as Group, Private, LastMessageDate as LastMessage")]
    public sealed partial class CommunityThread : NexudusRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Business", References = "Business", Omit = EntityVerbs.Set,
            Help = "The business (location) the thread belongs to.")]
        public long BusinessId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable | FieldFlags.Parent, Filter = "CommunityGroup", References = "CommunityGroup", Parameter = "CommunityGroup",
            Help = "The group it is posted in, whose access decides who sees it; without one, the board open to every customer.")]
        public long? CommunityGroupId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "User", References = "User", Omit = EntityVerbs.Set, Help = "The user account that posted it (Get-NexudusUser lists them). A new thread without one takes its group's owner, else the signed-in user (the account whose email is the sign-in email, looked up once per connection).")]
        public long UserId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Coworker", References = "Coworker", Omit = EntityVerbs.Set, Help = "The customer profile shown as posting it.")]
        public long? CoworkerId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Subject", Help = "The thread's title.")]
        public string Subject { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required, Filter = "Message", Position = 1, Help = "The opening message.")]
        public string Message { get; set; }

        [Field(FieldFlags.Writable, Filter = "InstantDelivery", Help = "Whether followers are notified at once instead of in the daily digest.")]
        public bool InstantDelivery { get; set; }

        [Field(FieldFlags.Writable, Filter = "Tags", Help = "Comma-separated tags that help customers find it.")]
        public string Tags { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Private", Help = "Whether only the customers mentioned in it see it.")]
        public bool Private { get; set; }

        [Field(FieldFlags.Writable, References = "User", Parameter = "GuestId", AddParameter = "AddGuest", RemoveParameter = "RemoveGuest",
            Help = "The users mentioned or invited as guests, as user Ids.")]
        public long[] Guests { get; set; }

        /// <summary>When the latest reply came; null before the first. Set by the server.</summary>
        [Field(FieldFlags.Sortable, Range = "LastMessage")]
        public DateTime? LastMessageDate { get; set; }

        [Field(FieldFlags.Writable)]
        public bool IncludeZoomInvite { get; set; }

        [Field(FieldFlags.Writable)]
        public string ZoomEventData { get; set; }
    }
}
