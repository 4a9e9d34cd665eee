using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>How a community group looks on the wire, and how its list can be searched and ordered.</summary>
internal static class GroupJson
{
    /// <summary>The record; list results leave Members out entirely, as the real API does.</summary>
    public static JsonObject ToJson(CommunityGroup g, bool includeMembers)
    {
        var json = new JsonObject
        {
            ["Id"] = g.Id,
            ["BusinessId"] = g.BusinessId,
            ["UserId"] = g.UserId,
            ["Name"] = g.Name,
            ["Description"] = g.Description,
            ["GroupAccess"] = g.GroupAccess,
        };
        if (includeMembers) json["Members"] = new JsonArray(g.Members.Select(m => (JsonNode)m).ToArray());
        json["CreatedOn"] = SandboxJson.FormatDate(g.CreatedOn);
        json["UpdatedOn"] = SandboxJson.FormatDate(g.UpdatedOn);
        json["UpdatedBy"] = g.UpdatedBy;
        json["UniqueId"] = g.UniqueId.ToString();
        json["SystemId"] = g.SystemId;
        return json;
    }

    public static readonly EntityListSpec<CommunityGroup> ListSpec = new()
    {
        EntityPrefix = "CommunityGroup",
        Id = g => g.Id,
        ToRecord = g => ToJson(g, includeMembers: false),
        SortFields = new SortField<CommunityGroup>[]
        {
            new("Id", g => g.Id),
            new("BusinessId", g => g.BusinessId),
            new("Business", g => g.BusinessId),
            new("UserId", g => g.UserId),
            new("User", g => g.UserId),
            new("Name", g => g.Name),
            new("Description", g => g.Description),
            new("GroupAccess", g => g.GroupAccess),
            new("CreatedOn", g => g.CreatedOn),
            new("UpdatedOn", g => g.UpdatedOn),
            new("UpdatedBy", g => g.UpdatedBy),
            new("UniqueId", g => g.UniqueId),
            new("SystemId", g => g.SystemId),
        },
        Filters = new[]
        {
            ListFilter<CommunityGroup>.Int("Id", g => g.Id),
            ListFilter<CommunityGroup>.IdList("CommunityGroup_Id", g => g.Id),
            ListFilter<CommunityGroup>.Int("CommunityGroup_Business", g => g.BusinessId),
            ListFilter<CommunityGroup>.Int("CommunityGroup_User", g => g.UserId),
            ListFilter<CommunityGroup>.Contains("CommunityGroup_Name", g => g.Name),
            ListFilter<CommunityGroup>.Contains("CommunityGroup_Description", g => g.Description),
            new ListFilter<CommunityGroup>("CommunityGroup_GroupAccess",
                text => GroupAccessLevels.TryParse(text, out var access) ? g => g.GroupAccess == access : null),
            new ListFilter<CommunityGroup>("CommunityGroup_Members",
                text => ListFilter<CommunityGroup>.TryInt(text, out var member) ? g => g.Members.Contains(member) : null),
            ListFilter<CommunityGroup>.From("From_CommunityGroup_CreatedOn", g => g.CreatedOn),
            ListFilter<CommunityGroup>.To("To_CommunityGroup_CreatedOn", g => g.CreatedOn),
            ListFilter<CommunityGroup>.From("From_CommunityGroup_UpdatedOn", g => g.UpdatedOn),
            ListFilter<CommunityGroup>.To("To_CommunityGroup_UpdatedOn", g => g.UpdatedOn),
        },
    };
}
