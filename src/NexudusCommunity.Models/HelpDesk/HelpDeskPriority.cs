using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>How urgent a help-desk message is (eHelpDeskMessagePriority).</summary>
    [ApiEnum("eHelpDeskMessagePriority")]
    public enum HelpDeskPriority
    {
        Low = 1,
        Normal = 2,
        High = 3,
        Critical = 4,
    }
}
