using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>How often a recurring event comes back (eCalendarEventRepeatCycle).</summary>
    [ApiEnum("eCalendarEventRepeatCycle")]
    public enum RepeatCycle
    {
        Daily = 1,
        Weekly = 2,
        Monthly = 3,
        Yearly = 4,
        FirstOfMonth = 5,
        SecondOfMonth = 6,
        ThirdOfMonth = 7,
        LastOfMonth = 8,
        FourthOfMonth = 9,
    }
}
