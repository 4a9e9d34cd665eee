using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>Which occurrences of a recurring series a change (or a removal) reaches (eRepeatedCalendarEventUpdateAction).</summary>
    [ApiEnum("eRepeatedCalendarEventUpdateAction")]
    public enum WhichEventsToUpdate
    {
        UpdateThisEventOnly = 1,
        UpdateFutureEventsOnly = 2,
        UpdateAllEvents = 3,
        DeleteAllEvents = 4,
        DeleteEventsAfterThis = 5,
        UpdateEventProducts = 6,
    }
}
