using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A theme events are grouped under: a filter on the portal's events page.</summary>
    [Entity("CalendarEventCategory", "api/content/calendareventcategories", Noun = "NexudusCalendarEventCategory", NameField = nameof(Title),
        IdListParameter = "id", View = "Title, BusinessId, Id")]
    public sealed class CalendarEventCategory : NexudusRecord
    {
        public CalendarEventCategory()
        {
        }

        /// <summary>The category with this Id: how -CalendarEventCategory 1234567890 binds.</summary>
        public CalendarEventCategory(long id) => Id = id;

        /// <summary>The category with this Id (a whole number) or title: how -CalendarEventCategory 'Networking' binds.</summary>
        public CalendarEventCategory(string idOrTitle)
        {
            if (TryReadId(idOrTitle, out var id)) Id = id;
            else Title = idOrTitle?.Trim();
        }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Business", References = "Business",
            Help = "The business (location) the category belongs to.")]
        public long BusinessId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Title", Help = "The category's name, shown as a filter on the portal.")]
        public string Title { get; set; }

        /// <summary>Event ids. Null when the record came from a list, which leaves them out; empty means none.</summary>
        [Field(FieldFlags.Writable | FieldFlags.DetailOnly, References = "CalendarEvent", Parameter = "CalendarEventId",
            AddParameter = "AddCalendarEvent", RemoveParameter = "RemoveCalendarEvent", Help = "The events in the category, as event Ids.")]
        public long[] CalendarEvents { get; set; }

        public override string ToString() => Title;
    }
}
