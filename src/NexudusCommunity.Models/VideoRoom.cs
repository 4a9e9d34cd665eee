using System;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A virtual meeting room for video calls between members.</summary>
    [Entity("VideoRoom", "api/community/videorooms", NameField = nameof(Name), HasCommands = true)]
    [WriteOnlyField("NewImageUrl", typeof(Uri))]
    [WriteOnlyField("ClearImageFile", typeof(bool))]
    public sealed class VideoRoom : NexudusRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Business", Alias = "Business", References = "Business")]
        public int BusinessId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Name", MaxLength = 200)]
        public string Name { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Description")]
        public string Description { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "NumberOfParticipants", Minimum = 1)]
        public int NumberOfParticipants { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Active")]
        public bool Active { get; set; }

        [Field(FieldFlags.Writable)]
        public bool OnlyForContacts { get; set; }

        [Field(FieldFlags.Writable)]
        public bool OnlyForMembers { get; set; }

        /// <summary>The stored image, set by the server from NewImageUrl.</summary>
        public string ImageFileName { get; set; }

        public override string ToString() => Name;
    }
}
