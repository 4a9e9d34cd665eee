using System;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A conversation on the discussion board: in a community group, or (without one) open to every customer.</summary>
    [Entity("CommunityThread", "api/community/communitythreads", NameField = nameof(Subject), IdListParameter = "id")]
    public sealed class CommunityThread : NexudusRecord
    {
        public CommunityThread()
        {
        }

        /// <summary>The thread with this Id: how -CommunityThread 42 binds.</summary>
        public CommunityThread(int id) => Id = id;

        /// <summary>The thread with this Id (a whole number) or subject: how -CommunityThread 'June meetup' binds.</summary>
        public CommunityThread(string idOrSubject)
        {
            if (TryReadId(idOrSubject, out var id)) Id = id;
            else Subject = idOrSubject?.Trim();
        }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Business", References = "Business")]
        public int BusinessId { get; set; }

        /// <summary>The group it is posted in, whose access decides who sees it; null: the board open to every customer.</summary>
        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "CommunityGroup", References = "CommunityGroup", Parameter = "CommunityGroup")]
        public int? CommunityGroupId { get; set; }

        /// <summary>The user account that posted it.</summary>
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "User", References = "User")]
        public int UserId { get; set; }

        /// <summary>The customer profile that posted it.</summary>
        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Coworker", References = "Coworker")]
        public int? CoworkerId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Subject")]
        public string Subject { get; set; }

        /// <summary>The opening message.</summary>
        [Field(FieldFlags.Writable | FieldFlags.Required, Filter = "Message")]
        public string Message { get; set; }

        /// <summary>Notifies followers at once instead of in the daily digest.</summary>
        [Field(FieldFlags.Writable, Filter = "InstantDelivery")]
        public bool InstantDelivery { get; set; }

        /// <summary>Comma-separated tags that help customers find it.</summary>
        [Field(FieldFlags.Writable, Filter = "Tags")]
        public string Tags { get; set; }

        /// <summary>Seen only by the customers mentioned in it.</summary>
        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Private")]
        public bool Private { get; set; }

        /// <summary>Users mentioned or invited as guests.</summary>
        [Field(FieldFlags.Writable, References = "User", Parameter = "GuestId", AddParameter = "AddGuest", RemoveParameter = "RemoveGuest")]
        public int[] Guests { get; set; }

        /// <summary>When the latest reply came; null before the first. Set by the server.</summary>
        [Field(FieldFlags.Sortable, Range = "LastMessage")]
        public DateTime? LastMessageDate { get; set; }

        [Field(FieldFlags.Writable)]
        public bool IncludeZoomInvite { get; set; }

        [Field(FieldFlags.Writable)]
        public string ZoomEventData { get; set; }

        public override string ToString() => Subject;
    }
}
