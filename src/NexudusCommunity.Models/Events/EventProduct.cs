using System;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A ticket type sold for an event (general admission, early bird, a catering add-on...).</summary>
    [Entity("EventProduct", "api/content/eventproducts", Noun = "NexudusEventProduct", NameField = nameof(Name), IdListParameter = "id",
        View = "Name, Price, CurrencyCode, Allocation, Sales, Id")]
    public sealed partial class EventProduct : NexudusRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable | FieldFlags.Parent, Filter = "CalendarEvent", References = "CalendarEvent",
            Parameter = "CalendarEvent", Help = "The event the ticket is for.")]
        public long CalendarEventId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Name", Help = "The ticket's name.")]
        public string Name { get; set; }

        [Field(FieldFlags.Writable, Filter = "Description", Help = "What the ticket includes, shown at checkout.")]
        public string Description { get; set; }

        [Field(FieldFlags.Writable, Filter = "TicketNotes", Help = "Text added to the confirmation email of this ticket.")]
        public string TicketNotes { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Visible", Help = "Whether customers can see and buy the ticket.")]
        public bool Visible { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "DisplayOrder", Help = "Where the ticket comes in the event's list: lower first.")]
        public int DisplayOrder { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Range = "StartDate", Help = "When the ticket goes on sale (UTC).")]
        public DateTime StartDate { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Range = "EndDate", Help = "When the ticket stops being sold (UTC).")]
        public DateTime EndDate { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Allocation", Minimum = 0, Help = "How many of the ticket can be sold; empty for no limit.")]
        public int? Allocation { get; set; }

        [Field(FieldFlags.Writable, Filter = "MaxTicketsPerAttendee", Minimum = 1, Help = "The most of this ticket one buyer can take.")]
        public int? MaxTicketsPerAttendee { get; set; }

        /// <summary>How many have been sold. Set by the server.</summary>
        [Field(FieldFlags.Sortable, Filter = "Sales", Help = "How many of the ticket have been sold.")]
        public int Sales { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Price", Minimum = 0, Help = "The ticket's price, in its currency; 0 for a free ticket.")]
        public decimal Price { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required, Filter = "Currency", Help = "The currency of the price, as a currency Id.")]
        public long CurrencyId { get; set; }

        public string CurrencyCode { get; set; }

        [Field(FieldFlags.Writable, Filter = "TaxRate", Help = "The tax rate charged on the ticket, as a tax rate Id.")]
        public long? TaxRateId { get; set; }

        [Field(FieldFlags.Writable, Filter = "FinancialAccount", Help = "The account sales are booked to, as a financial account Id.")]
        public long? FinancialAccountId { get; set; }

        /// <summary>Plan ids. Null when the record came from a list, which leaves them out; empty means any plan.</summary>
        [Field(FieldFlags.Writable | FieldFlags.DetailOnly, Parameter = "TariffId", AddParameter = "AddTariff", RemoveParameter = "RemoveTariff",
            Help = "The pricing plans whose customers may buy the ticket, as plan (tariff) Ids; none for everyone.")]
        public long[] Tariffs { get; set; }

        [Field(FieldFlags.Writable, Filter = "OnlyForContacts", Help = "Whether only contacts (customers without a contract) can buy it.")]
        public bool OnlyForContacts { get; set; }

        [Field(FieldFlags.Writable, Filter = "OnlyForMembers", Help = "Whether only members (customers with a contract) can buy it.")]
        public bool OnlyForMembers { get; set; }
    }
}
