using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>How a video room looks on the wire, and how its list can be searched and ordered.</summary>
internal static class RoomJson
{
    public static JsonObject ToJson(VideoRoom r) => new()
    {
        ["Id"] = r.Id,
        ["BusinessId"] = r.BusinessId,
        ["Name"] = r.Name,
        ["Description"] = r.Description,
        ["NumberOfParticipants"] = r.NumberOfParticipants,
        ["Active"] = r.Active,
        ["OnlyForContacts"] = r.OnlyForContacts,
        ["OnlyForMembers"] = r.OnlyForMembers,
        ["ImageFileName"] = r.ImageFileName,
        ["CreatedOn"] = SandboxJson.FormatDate(r.CreatedOn),
        ["UpdatedOn"] = SandboxJson.FormatDate(r.UpdatedOn),
        ["UpdatedBy"] = r.UpdatedBy,
        ["UniqueId"] = r.UniqueId.ToString(),
        ["SystemId"] = r.SystemId,
    };

    public static readonly EntityListSpec<VideoRoom> ListSpec = new()
    {
        EntityPrefix = "VideoRoom",
        Id = r => r.Id,
        ToRecord = ToJson,
        SortFields = new SortField<VideoRoom>[]
        {
            new("Id", r => r.Id),
            new("BusinessId", r => r.BusinessId),
            new("Business", r => r.BusinessId),
            new("Name", r => r.Name),
            new("Description", r => r.Description),
            new("NumberOfParticipants", r => r.NumberOfParticipants),
            new("Active", r => r.Active),
            new("OnlyForContacts", r => r.OnlyForContacts),
            new("OnlyForMembers", r => r.OnlyForMembers),
            new("ImageFileName", r => r.ImageFileName),
            new("CreatedOn", r => r.CreatedOn),
            new("UpdatedOn", r => r.UpdatedOn),
            new("UpdatedBy", r => r.UpdatedBy),
            new("UniqueId", r => r.UniqueId),
            new("SystemId", r => r.SystemId),
        },
        Filters = new[]
        {
            ListFilter<VideoRoom>.Int("Id", r => r.Id),
            ListFilter<VideoRoom>.IdList("VideoRoom_Id", r => r.Id),
            ListFilter<VideoRoom>.Int("VideoRoom_Business", r => r.BusinessId),
            ListFilter<VideoRoom>.Contains("VideoRoom_Name", r => r.Name),
            ListFilter<VideoRoom>.Contains("VideoRoom_Description", r => r.Description),
            ListFilter<VideoRoom>.Int("VideoRoom_NumberOfParticipants", r => r.NumberOfParticipants),
            ListFilter<VideoRoom>.Bool("VideoRoom_Active", r => r.Active),
            ListFilter<VideoRoom>.Bool("VideoRoom_OnlyForContacts", r => r.OnlyForContacts),
            ListFilter<VideoRoom>.Bool("VideoRoom_OnlyForMembers", r => r.OnlyForMembers),
            ListFilter<VideoRoom>.From("From_VideoRoom_CreatedOn", r => r.CreatedOn),
            ListFilter<VideoRoom>.To("To_VideoRoom_CreatedOn", r => r.CreatedOn),
            ListFilter<VideoRoom>.From("From_VideoRoom_UpdatedOn", r => r.UpdatedOn),
            ListFilter<VideoRoom>.To("To_VideoRoom_UpdatedOn", r => r.UpdatedOn),
        },
    };
}
