using System;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A community group: a space's discussion and membership circle.</summary>
    [Entity("CommunityGroup", "api/community/communitygroups", NameField = nameof(Name), HasCommands = true)]
    public sealed partial class CommunityGroup : NexudusRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Business", Alias = "Business", References = "Business",
            Help = "The business (location) the group belongs to.")]
        public long BusinessId { get; set; }

        public string BusinessName { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "User", Alias = "User", References = "User",
            Help = "The owner: a user account (not a coworker; Get-NexudusUser lists them). The API requires one on create: a new group without one is owned by the signed-in user, the account whose email is the sign-in email (looked up once per connection).")]
        public long UserId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Name", MaxLength = 200, Help = "The group's name.")]
        public string Name { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Description", Help = "The group's description, shown to members.")]
        public string Description { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "GroupAccess",
            Help = "Who can see and join the group: Public (anyone in the space), Restricted, or Private (by invitation).")]
        public GroupAccess? GroupAccess { get; set; }

        /// <summary>Member coworker ids. Null when the record came from a list, which leaves them out; empty means none.</summary>
        [Field(FieldFlags.Writable | FieldFlags.DetailOnly, Filter = "Members", References = "Coworker",
            Parameter = "MemberId", AddParameter = "AddMember", RemoveParameter = "RemoveMember", Help = "The members, as coworker Ids.")]
        public long[] Members { get; set; }

        /// <summary>Set by Nexudus for the group it makes for a team.</summary>
        [Field(FieldFlags.Writable)]
        public Guid? TeamGuid { get; set; }

        /// <summary>Set by Nexudus for the group it makes for a course.</summary>
        [Field(FieldFlags.Writable)]
        public Guid? CourseGuid { get; set; }
    }
}
