using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A user muting a discussion board thread: no notifications about it reach them, mentions included.</summary>
    [Entity("CommunityThreadMute", "api/community/communitythreadmutes", IdListParameter = "id", View = "ThreadId, UserId, CreatedOn, Id")]
    public sealed partial class CommunityThreadMute : UserThreadRecord
    {
    }
}
