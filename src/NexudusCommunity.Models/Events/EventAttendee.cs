using System;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>One person registered for an event, on one of its tickets.</summary>
    [Entity("EventAttendee", "api/content/eventattendees", Noun = "NexudusEventAttendee", NameField = nameof(FullName), IdListParameter = "id",
        View = "FullName, Email, CheckedIn, Id")]
    public sealed partial class EventAttendee : BusinessRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable | FieldFlags.Parent, Filter = "CalendarEvent", References = "CalendarEvent",
            Parameter = "CalendarEvent", Help = "The event the person attends.")]
        public long CalendarEventId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "EventProduct", References = "EventProduct",
            Parameter = "EventProduct", Help = "The ticket the person holds.")]
        public long EventProductId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Coworker", References = "Coworker", Parameter = "Coworker",
            Help = "The customer attending, when the person is one.")]
        public long? CoworkerId { get; set; }

        public string CoworkerFullName { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "FullName", Help = "The attendee's name.")]
        public string FullName { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Email", Help = "The attendee's email address.")]
        public string Email { get; set; }

        [Field(FieldFlags.Writable, Filter = "PurchaseOrder", Help = "The buyer's purchase order reference.")]
        public string PurchaseOrder { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "CheckedIn", Help = "Whether the attendee has arrived.")]
        public bool CheckedIn { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Range = "CheckedInDate", Help = "When the attendee arrived (UTC).")]
        public DateTime? CheckedInDate { get; set; }

        [Field(FieldFlags.Writable, Filter = "Invoiced", Omit = EntityVerbs.Set, Help = "Whether the ticket has been invoiced.")]
        public bool Invoiced { get; set; }

        [Field(FieldFlags.Writable, Filter = "Billed", Help = "Whether the ticket has been charged.")]
        public bool Billed { get; set; }

        [Field(FieldFlags.Writable, Help = "When the registration was made, in the location's time zone.")]
        public DateTime? CreatedOnLocal { get; set; }

        [Field(FieldFlags.Writable, Help = "When the attendee arrived, in the location's time zone.")]
        public DateTime? CheckedInDateLocal { get; set; }

        [Field(FieldFlags.Writable, Filter = "CoworkerInvoice", Help = "The invoice that charged the ticket, as an invoice Id.")]
        public long? CoworkerInvoiceId { get; set; }

        [Field(FieldFlags.Writable, Filter = "CoworkerInvoiceNumber", Help = "The number of the invoice that charged the ticket.")]
        public string CoworkerInvoiceNumber { get; set; }

        [Field(FieldFlags.Writable, Filter = "CoworkerInvoicePaid", Help = "Whether that invoice is paid.")]
        public bool CoworkerInvoicePaid { get; set; }

        [Field(FieldFlags.Writable, Filter = "Reminded", Help = "Whether the reminder email has gone out to the attendee.")]
        public bool Reminded { get; set; }

        [Field(FieldFlags.Writable, Help = "What Zoom answered when the attendee was registered, kept as text.")]
        public string ZoomEventData { get; set; }

        [Field(FieldFlags.Writable, Filter = "ZoomParticipantId", Help = "The attendee's participant number at Zoom.")]
        public string ZoomParticipantId { get; set; }

        [Field(FieldFlags.Writable, Filter = "IsSent", Help = "Whether the ticket has been sent to the attendee.")]
        public bool IsSent { get; set; }
    }
}
