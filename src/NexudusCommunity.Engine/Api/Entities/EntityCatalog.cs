using System.Text.Json.Nodes;
using NexudusCommunity.Api.Json;
using NexudusCommunity.Models.Json;
using NexudusCommunity.Models;

namespace NexudusCommunity.Api.Entities
{
    /// <summary>The entities this module knows, and the write shape of each.</summary>
    public static class EntityCatalog
    {
        public static readonly EntityDefinition<CommunityGroup> CommunityGroups = new EntityDefinition<CommunityGroup>(
            "CommunityGroup", "api/community/communitygroups", NexudusJsonContext.Default.CommunityGroup,
            g =>
            {
                var body = new JsonObject
                {
                    ["BusinessId"] = g.BusinessId,
                    ["UserId"] = g.UserId == 0 ? null : (JsonNode)g.UserId,
                    ["Name"] = g.Name,
                    ["Description"] = g.Description,
                    ["GroupAccess"] = g.GroupAccess.HasValue ? (JsonNode)(int)g.GroupAccess.Value : null,
                    ["Members"] = Ids(g.Members),
                    ["SystemId"] = g.SystemId,
                };
                if (g.AddedMembers?.Length > 0) body["AddedMembers"] = Ids(g.AddedMembers);
                if (g.RemovedMembers?.Length > 0) body["RemovedMembers"] = Ids(g.RemovedMembers);
                return body;
            },
            g => g.Name);

        public static readonly EntityDefinition<VideoRoom> VideoRooms = new EntityDefinition<VideoRoom>(
            "VideoRoom", "api/community/videorooms", NexudusJsonContext.Default.VideoRoom,
            r => new JsonObject
            {
                ["BusinessId"] = r.BusinessId,
                ["Name"] = r.Name,
                ["Description"] = r.Description,
                ["NumberOfParticipants"] = r.NumberOfParticipants,
                ["Active"] = r.Active,
                ["OnlyForContacts"] = r.OnlyForContacts,
                ["OnlyForMembers"] = r.OnlyForMembers,
                ["SystemId"] = r.SystemId,
                ["NewImageUrl"] = r.NewImageUrl,
                ["ClearImageFile"] = r.ClearImageFile,
            },
            r => r.Name);

        /// <summary>Read-only here: the account's businesses, listed so scripts can pick a BusinessId.</summary>
        public static readonly EntityDefinition<Business> Businesses = new EntityDefinition<Business>(
            "Business", "api/sys/businesses", NexudusJsonContext.Default.Business,
            b => throw new System.NotSupportedException("Businesses are not written through this module."),
            b => b.Name);

        internal static JsonArray Ids(int[] ids)
        {
            var array = new JsonArray();
            if (ids != null)
                foreach (var id in ids) array.Add(id);
            return array;
        }
    }
}
