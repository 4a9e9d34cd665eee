using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A theme events are grouped under: a filter on the portal's events page.</summary>
    [Entity("CalendarEventCategory", "api/content/calendareventcategories", Noun = "NexudusCalendarEventCategory", NameField = nameof(Title),
        IdListParameter = "id", View = "Title, BusinessId, Id")]
    public sealed partial class CalendarEventCategory : BusinessRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Title", Help = "The category's name, shown as a filter on the portal.")]
        public string Title { get; set; }

        /// <summary>Event ids. Null when the record came from a list, which leaves them out; empty means none.</summary>
        [Field(FieldFlags.Writable | FieldFlags.DetailOnly, References = "CalendarEvent", Parameter = "CalendarEventId",
            AddParameter = "AddCalendarEvent", RemoveParameter = "RemoveCalendarEvent", Help = "The events in the category, as event Ids.")]
        public long[] CalendarEvents { get; set; }
    }
}
