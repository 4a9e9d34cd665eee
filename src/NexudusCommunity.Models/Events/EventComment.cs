using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A comment (with an optional rating) left on an event's page.</summary>
    [Entity("EventComment", "api/content/eventcomments", Noun = "NexudusEventComment", NameField = nameof(Title), IdListParameter = "id",
        View = "Title, PostedByFullName, Published, Id")]
    public sealed partial class EventComment : BusinessRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable | FieldFlags.Parent, Filter = "CalendarEvent", References = "CalendarEvent",
            Parameter = "CalendarEvent", Help = "The event commented on.")]
        public long CalendarEventId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "PostedBy", References = "Coworker", Parameter = "Coworker",
            Help = "The customer who wrote the comment.")]
        public long? PostedById { get; set; }

        public string PostedByFullName { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Title", Help = "The comment's heading.")]
        public string Title { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required, Filter = "Text", Help = "The comment itself.")]
        public string Text { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Published", Help = "Whether the comment is shown (unpublish it to moderate).")]
        public bool Published { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Rating", Help = "The score the writer gave the event, if any.")]
        public int? Rating { get; set; }
    }
}
