using System;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A virtual meeting room for video calls between members.</summary>
    [Entity("VideoRoom", "api/community/videorooms", NameField = nameof(Name), HasCommands = true)]
    [WriteOnlyField("NewImageUrl", typeof(Uri), Help = "The absolute address (http or https) of an image the server fetches itself and keeps as the room's picture.")]
    [WriteOnlyField("ClearImageFile", typeof(bool), Omit = EntityVerbs.New, Help = "Removes the room's picture; cannot be combined with NewImageUrl.")]
    public sealed partial class VideoRoom : NexudusRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Business", Alias = "Business", References = "Business",
            Help = "The business (location) the room belongs to.")]
        public long BusinessId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Name", MaxLength = 200, Help = "The room's name.")]
        public string Name { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Description", Help = "The room's description.")]
        public string Description { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "NumberOfParticipants", Minimum = 1, Help = "How many people the room holds.")]
        public int NumberOfParticipants { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Active", Help = "Whether members can use the room.")]
        public bool Active { get; set; }

        [Field(FieldFlags.Writable, Help = "Whether only contacts can use the room.")]
        public bool OnlyForContacts { get; set; }

        [Field(FieldFlags.Writable, Help = "Whether only members can use the room.")]
        public bool OnlyForMembers { get; set; }

        /// <summary>The stored image, set by the server from NewImageUrl.</summary>
        public string ImageFileName { get; set; }
    }
}
