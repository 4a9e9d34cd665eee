using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A user following a discussion board thread: followers are notified of new replies (being mentioned makes one a follower).</summary>
    [Entity("CommunityThreadFollow", "api/community/communitythreadfollows", IdListParameter = "id", View = "ThreadId, UserId, CreatedOn, Id")]
    public sealed partial class CommunityThreadFollow : UserThreadRecord
    {
    }
}
