using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>One user's like of a discussion board thread.</summary>
    [Entity("CommunityThreadLike", "api/community/communitythreadlikes", IdListParameter = "id", View = "ThreadId, UserId, CreatedOn, Id")]
    public sealed partial class CommunityThreadLike : UserThreadRecord
    {
    }
}
