using System.Text.Json.Serialization;
using NexudusCommunity.Models.Json;

namespace NexudusCommunity.Models
{
    /// <summary>A virtual meeting room for video calls between members.</summary>
    public sealed class VideoRoom : NexudusRecord
    {
        [JsonConverter(typeof(FlexibleIntConverter))]
        public int BusinessId { get; set; }

        public string Name { get; set; }

        public string Description { get; set; }

        [JsonConverter(typeof(FlexibleIntConverter))]
        public int NumberOfParticipants { get; set; }

        [JsonConverter(typeof(FlexibleBoolConverter))]
        public bool Active { get; set; }

        [JsonConverter(typeof(FlexibleBoolConverter))]
        public bool OnlyForContacts { get; set; }

        [JsonConverter(typeof(FlexibleBoolConverter))]
        public bool OnlyForMembers { get; set; }

        /// <summary>The stored image, when one was uploaded through NewImageUrl.</summary>
        public string ImageFileName { get; set; }

        /// <summary>Write-only: an image address for the server to fetch on the next create or update.</summary>
        [JsonIgnore]
        internal string NewImageUrl { get; set; }

        /// <summary>Write-only: remove the current image on the next update.</summary>
        [JsonIgnore]
        internal bool ClearImageFile { get; set; }

        [JsonInclude, JsonPropertyName("Business"), JsonConverter(typeof(FlexibleNullableIntConverter))]
        internal int? BusinessAlias
        {
            get => null;
            set { if (value.HasValue && BusinessId == 0) BusinessId = value.Value; }
        }

        public override string ToString() => Name;
    }
}
