using System.Text.Json.Serialization;
using NexudusCommunity.Models.Json;

namespace NexudusCommunity.Models
{
    /// <summary>A community group: a space's discussion and membership circle.</summary>
    public sealed class CommunityGroup : NexudusRecord
    {
        [JsonConverter(typeof(FlexibleIntConverter))]
        public int BusinessId { get; set; }

        [JsonConverter(typeof(FlexibleIntConverter))]
        public int UserId { get; set; }

        public string Name { get; set; }

        public string Description { get; set; }

        [JsonConverter(typeof(FlexibleEnumConverter<GroupAccess>))]
        public GroupAccess? GroupAccess { get; set; }

        /// <summary>Member (user) ids. Null when the record came from a list, which omits them; empty means none.</summary>
        [JsonConverter(typeof(IdListConverter))]
        public int[] Members { get; set; }

        /// <summary>Write-only: members to add on the next update, sent beside the full list so a member another
        /// admin added meanwhile is not dropped by it.</summary>
        [JsonIgnore]
        internal int[] AddedMembers { get; set; }

        /// <summary>Write-only: members to remove on the next update.</summary>
        [JsonIgnore]
        internal int[] RemovedMembers { get; set; }

        /// <summary>Lists may name the business as "Business" (an id or a reference) instead of BusinessId.</summary>
        [JsonInclude, JsonPropertyName("Business"), JsonConverter(typeof(FlexibleNullableIntConverter))]
        internal int? BusinessAlias
        {
            get => null;
            set { if (value.HasValue && BusinessId == 0) BusinessId = value.Value; }
        }

        /// <summary>Lists may name the owner as "User" instead of UserId.</summary>
        [JsonInclude, JsonPropertyName("User"), JsonConverter(typeof(FlexibleNullableIntConverter))]
        internal int? UserAlias
        {
            get => null;
            set { if (value.HasValue && UserId == 0) UserId = value.Value; }
        }

        public override string ToString() => Name;
    }
}
