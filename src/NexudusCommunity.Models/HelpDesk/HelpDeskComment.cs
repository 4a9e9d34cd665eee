using System;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A reply in a help-desk conversation: seen by the customer, or an internal note only staff see.</summary>
    [Entity("HelpDeskComment", "api/support/helpdeskcomments", Noun = "NexudusHelpDeskComment", NameField = nameof(MessageText), IdListParameter = "id",
        View = "MessageText, Internal, CreatedOn, Id")]
    [WriteOnlyField("NewImageUrl", typeof(Uri), Help = "The address of an image the server fetches and attaches to the reply.")]
    [WriteOnlyField("ClearImageFile", typeof(bool), Omit = EntityVerbs.New, Help = "Removes the reply's attached image.")]
    public sealed partial class HelpDeskComment : NexudusRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable | FieldFlags.Parent, Filter = "HelpDeskMessage", References = "HelpDeskMessage",
            Parameter = "HelpDeskMessage", Help = "The request replied to.")]
        public long HelpDeskMessageId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Coworker", References = "Coworker", Parameter = "Coworker",
            Help = "The customer the conversation is with.")]
        public long CoworkerId { get; set; }

        public string CoworkerFullName { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required, Filter = "MessageText", Help = "The reply's text.")]
        public string MessageText { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Internal", Help = "Whether the reply is an internal note the customer does not see.")]
        public bool Internal { get; set; }

        public string ImageFileName { get; set; }
    }
}
