using System;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A support request (ticket) from a customer, routed to a department and closed once resolved.</summary>
    [Entity("HelpDeskMessage", "api/support/helpdeskmessages", Noun = "NexudusHelpDeskMessage", NameField = nameof(Subject), IdListParameter = "id",
        View = "Subject, Priority, Closed, CreatedOn, Id")]
    [WriteOnlyField("NewImageUrl", typeof(Uri), Help = "The address of an image the server fetches and attaches to the message.")]
    [WriteOnlyField("ClearImageFile", typeof(bool), Omit = EntityVerbs.New, Help = "Removes the message's attached image.")]
    public sealed partial class HelpDeskMessage : BusinessRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Coworker", References = "Coworker", Parameter = "Coworker",
            Help = "The customer who raised the request.")]
        public long CoworkerId { get; set; }

        public string CoworkerFullName { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable | FieldFlags.Parent, Filter = "HelpDeskDepartment", References = "HelpDeskDepartment",
            Parameter = "HelpDeskDepartment", Help = "The department handling the request.")]
        public long? HelpDeskDepartmentId { get; set; }

        public string HelpDeskDepartmentName { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Subject", Help = "The request's subject line.")]
        public string Subject { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required, Filter = "MessageText", Help = "What the customer wrote.")]
        public string MessageText { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Priority", Help = "How urgent the request is.")]
        public HelpDeskPriority? Priority { get; set; }

        [Field(FieldFlags.Writable, Filter = "AiProcessingResult", Help = "What the automatic (AI) answering did with the request.")]
        public HelpDeskAiResult? AiProcessingResult { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Closed", Help = "Whether the request is resolved.")]
        public bool Closed { get; set; }

        /// <summary>When it was closed; null while open. Set by the server.</summary>
        [Field(FieldFlags.Sortable, Range = "ClosedOn")]
        public DateTime? ClosedOn { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Owner", References = "User", Help = "The staff member the request is assigned to, as a user Id.")]
        public long? OwnerId { get; set; }

        public string OwnerFullName { get; set; }

        public string ImageFileName { get; set; }

        /// <summary>Minutes until the first answer; null before it. Set by the server.</summary>
        public int? FirstResponseTimeInMinutes { get; set; }
    }
}
