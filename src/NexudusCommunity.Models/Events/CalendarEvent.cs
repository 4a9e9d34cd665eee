using System;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>An event on the members portal (in person, online or both), free or sold through its tickets.</summary>
    [Entity("CalendarEvent", "api/content/calendarevents", Noun = "NexudusCalendarEvent", NameField = nameof(Name), IdListParameter = "id",
        View = "Name, StartDate, EndDate, Id")]
    [WriteOnlyField("NewSmallLogoUrl", typeof(Uri), Help = "The address of an image the server fetches and keeps as the event's small picture.")]
    [WriteOnlyField("ClearSmallLogoFile", typeof(bool), Omit = EntityVerbs.New, Help = "Removes the event's small picture.")]
    [WriteOnlyField("NewLargeLogoUrl", typeof(Uri), Help = "The address of an image the server fetches and keeps as the event's large picture.")]
    [WriteOnlyField("ClearLargeLogoFile", typeof(bool), Omit = EntityVerbs.New, Help = "Removes the event's large picture.")]
    public sealed partial class CalendarEvent : BusinessRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Name", Help = "The event's name.")]
        public string Name { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "HostFullName", Help = "Who hosts or presents the event.")]
        public string HostFullName { get; set; }

        [Field(FieldFlags.Writable, Filter = "ShortDescription", Help = "A line or two shown under the name in the event list.")]
        public string ShortDescription { get; set; }

        [Field(FieldFlags.Writable, Filter = "LongDescription", Help = "The full description customers read on the event's page.")]
        public string LongDescription { get; set; }

        [Field(FieldFlags.Writable, Filter = "TicketNotes", Help = "Text added to the confirmation email of every ticket.")]
        public string TicketNotes { get; set; }

        [Field(FieldFlags.Writable, Filter = "EnableWaitList", Help = "Whether customers can join a waiting list once the event is full.")]
        public bool EnableWaitList { get; set; }

        [Field(FieldFlags.Writable, Filter = "AskBuyerAddress", Help = "Whether buyers are asked for their postal address at checkout.")]
        public bool AskBuyerAddress { get; set; }

        [Field(FieldFlags.Writable, Filter = "ShowEventAttendees", Help = "Whether the event's page lists who is coming.")]
        public bool ShowEventAttendees { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Location", Help = "The room or venue name shown on the event's page.")]
        public string Location { get; set; }

        [Field(FieldFlags.Writable, Filter = "VenueAddress", Help = "The street address of the venue.")]
        public string VenueAddress { get; set; }

        [Field(FieldFlags.Writable, Filter = "Resource", Help = "The bookable resource (room) the event takes, kept free of bookings while it lasts, as a resource Id.")]
        public long? ResourceId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Range = "StartDate", Help = "When the event starts (UTC).")]
        public DateTime StartDate { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Range = "EndDate", Help = "When the event ends (UTC).")]
        public DateTime EndDate { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Allocation", Minimum = 0, Help = "The most people who can attend; empty for no limit.")]
        public int? Allocation { get; set; }

        /// <summary>Category ids. Null when the record came from a list, which leaves them out; empty means none.</summary>
        [Field(FieldFlags.Writable | FieldFlags.DetailOnly, References = "CalendarEventCategory", Parameter = "CategoryId",
            AddParameter = "AddCategory", RemoveParameter = "RemoveCategory", Help = "The event's categories, as event category Ids.")]
        public long[] EventCategories { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Range = "PublishDate", Help = "When the event appears on the members portal (UTC); empty for at once.")]
        public DateTime? PublishDate { get; set; }

        [Field(FieldFlags.Writable, Filter = "ShowInHomeBanner", Help = "Whether the event is featured in the portal's home banner.")]
        public bool ShowInHomeBanner { get; set; }

        [Field(FieldFlags.Writable, Filter = "ShowInHomePage", Help = "Whether the event is shown on the portal's home page.")]
        public bool ShowInHomePage { get; set; }

        [Field(FieldFlags.Writable, Filter = "AllowComments", Help = "Whether customers can comment on the event.")]
        public bool AllowComments { get; set; }

        [Field(FieldFlags.Writable, Filter = "IncludeZoomInvite", Help = "Whether a Zoom meeting link is made for the event.")]
        public bool IncludeZoomInvite { get; set; }

        [Field(FieldFlags.Writable, Filter = "CreateZoomWebinarInvite", Help = "Whether the Zoom link is a webinar rather than a meeting.")]
        public bool CreateZoomWebinarInvite { get; set; }

        [Field(FieldFlags.Writable, Help = "Email addresses (comma-separated) of other people allowed to start the Zoom session.")]
        public string ZoomWebinarAlternativeHosts { get; set; }

        [Field(FieldFlags.Writable, Help = "What Zoom answered when the session was made, kept as text.")]
        public string ZoomEventData { get; set; }

        [Field(FieldFlags.Writable, Filter = "ZoomMeetingId", Help = "The Zoom meeting or webinar number.")]
        public string ZoomMeetingId { get; set; }

        [Field(FieldFlags.Writable, Filter = "OnlyForContacts", Help = "Whether only contacts (customers without a contract) can attend.")]
        public bool OnlyForContacts { get; set; }

        [Field(FieldFlags.Writable, Filter = "OnlyForMembers", Help = "Whether only members (customers with a contract) can attend.")]
        public bool OnlyForMembers { get; set; }

        public string SmallLogoFileName { get; set; }

        public string LargeLogoFileName { get; set; }

        [Field(FieldFlags.Writable, Help = "A web page about the event elsewhere.")]
        public string WebAddress { get; set; }

        [Field(FieldFlags.Writable, Help = "The event's Facebook page.")]
        public string FacebookPage { get; set; }

        [Field(FieldFlags.Writable, Help = "A ticket shop outside Nexudus that sells the event.")]
        public string TicketsPage { get; set; }

        [Field(FieldFlags.Writable, Filter = "RepeatSeriesUniqueId", Help = "The identifier every occurrence of one recurring series shares.")]
        public string RepeatSeriesUniqueId { get; set; }

        [Field(FieldFlags.Writable, Filter = "RepeatEvent", Omit = EntityVerbs.Set, Help = "Whether the new event starts a recurring series (taken on create only).")]
        public bool RepeatEvent { get; set; }

        [Field(FieldFlags.Writable, Filter = "Repeats", Help = "How often a recurring series comes back.")]
        public RepeatCycle? Repeats { get; set; }

        [Field(FieldFlags.Writable, Filter = "WhichEventsToUpdate", Omit = EntityVerbs.New, Help = "For an event of a series: which occurrences a change reaches.")]
        public WhichEventsToUpdate? WhichEventsToUpdate { get; set; }

        [Field(FieldFlags.Writable, Filter = "RepeatEvery", Minimum = 1, Omit = EntityVerbs.Set, Help = "How many cycles lie between occurrences: 2 with Weekly is every other week.")]
        public int? RepeatEvery { get; set; }

        [Field(FieldFlags.Writable, Range = "RepeatUntil", Omit = EntityVerbs.Set, Help = "The day a recurring series stops (taken on create only).")]
        public DateTime? RepeatUntil { get; set; }

        [Field(FieldFlags.Writable, Help = "Whether a recurring series falls on Mondays.")]
        public bool RepeatOnMondays { get; set; }

        [Field(FieldFlags.Writable, Help = "Whether a recurring series falls on Tuesdays.")]
        public bool RepeatOnTuesdays { get; set; }

        [Field(FieldFlags.Writable, Help = "Whether a recurring series falls on Wednesdays.")]
        public bool RepeatOnWednesdays { get; set; }

        [Field(FieldFlags.Writable, Help = "Whether a recurring series falls on Thursdays.")]
        public bool RepeatOnThursdays { get; set; }

        [Field(FieldFlags.Writable, Help = "Whether a recurring series falls on Fridays.")]
        public bool RepeatOnFridays { get; set; }

        [Field(FieldFlags.Writable, Help = "Whether a recurring series falls on Saturdays.")]
        public bool RepeatOnSaturdays { get; set; }

        [Field(FieldFlags.Writable, Help = "Whether a recurring series falls on Sundays.")]
        public bool RepeatOnSundays { get; set; }

        [Field(FieldFlags.Writable, Help = "When the event starts, in the location's time zone.")]
        public DateTime? StartDateLocal { get; set; }

        [Field(FieldFlags.Writable, Help = "When the event ends, in the location's time zone.")]
        public DateTime? EndDateLocal { get; set; }

        [Field(FieldFlags.Writable, Help = "When the event appears on the portal, in the location's time zone.")]
        public DateTime? PublishDateLocal { get; set; }

        [Field(FieldFlags.Writable, Help = "The server's job that sends the follow-up email after the event.")]
        public string AfterEventNotificationJobId { get; set; }

        [Field(FieldFlags.Writable, Filter = "SendAfterEventNotification", Help = "Whether attendees get a follow-up email once the event is over.")]
        public bool SendAfterEventNotification { get; set; }

        [Field(FieldFlags.Writable, Help = "The text of the follow-up email.")]
        public string AfterEventNotificationText { get; set; }

        [Field(FieldFlags.Writable, Filter = "SendBeforeEventNotification", Help = "Whether attendees get a reminder email before the event.")]
        public bool SendBeforeEventNotification { get; set; }

        [Field(FieldFlags.Writable, Filter = "HasEventForm", Help = "Whether attendees are asked to fill in a form.")]
        public bool HasEventForm { get; set; }

        [Field(FieldFlags.Writable, Help = "Whether the form is also sent to attendees by email.")]
        public bool SendEventFormByEmail { get; set; }

        [Field(FieldFlags.Writable, Filter = "FormPage", Help = "The form attendees fill in, as a form page Id.")]
        public long? FormPageId { get; set; }
    }
}
