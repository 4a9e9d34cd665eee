using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>What the automatic (AI) answering made of a help-desk message (eHelpDeskAiResult).</summary>
    [ApiEnum("eHelpDeskAiResult")]
    public enum HelpDeskAiResult
    {
        NotProcessed = 1,
        Responded = 2,
        NotResponded = 3,
    }
}
