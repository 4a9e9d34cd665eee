using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>Who can see and join a community group (eCommunityThreadVisibility).</summary>
    [ApiEnum("eCommunityThreadVisibility")]
    public enum GroupAccess
    {
        Restricted = 1,
        Public = 2,
        Private = 3,
    }
}
