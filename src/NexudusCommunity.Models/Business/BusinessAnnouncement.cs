using System;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A plain-text notice shown to customers on the portal and the app for a period, with an optional image and button.</summary>
    [Entity("BusinessAnnouncement", "api/content/businessannouncements", Noun = "NexudusBusinessAnnouncement", NameField = nameof(Name), IdListParameter = "id",
        View = "Name, Active, ActiveTo, Id")]
    [WriteOnlyField("NewImageUrl", typeof(Uri), Help = "The address of an image (ideally 600 x 350) the server fetches and shows with the notice.")]
    [WriteOnlyField("ClearImageFile", typeof(bool), Omit = EntityVerbs.New, Help = "Removes the notice's image.")]
    public sealed partial class BusinessAnnouncement : BusinessRecord
    {
        public string BusinessName { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Name", Help = "The notice's title.")]
        public string Name { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Active", Help = "Whether the notice is switched on.")]
        public bool Active { get; set; }

        public string ImageFileName { get; set; }

        [Field(FieldFlags.Writable, Filter = "Body", Help = "The notice's text (plain text, no formatting).")]
        public string Body { get; set; }

        [Field(FieldFlags.Writable, Filter = "ShowButton", Help = "Whether the notice has a button.")]
        public bool ShowButton { get; set; }

        [Field(FieldFlags.Writable, Filter = "ButtonLabel", Help = "The text on the button.")]
        public string ButtonLabel { get; set; }

        [Field(FieldFlags.Writable, Filter = "ButtonUrl", Help = "The https page the button opens.")]
        public string ButtonUrl { get; set; }

        [Field(FieldFlags.Writable, Filter = "SendPushNotification", Help = "Whether customers also get a push notification when the notice goes live.")]
        public bool SendPushNotification { get; set; }

        [Field(FieldFlags.Writable, Filter = "PushNotificationText", Help = "The text of that push notification.")]
        public string PushNotificationText { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Range = "ActiveFrom", Help = "When customers start seeing the notice.")]
        public DateTime? ActiveFrom { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Range = "ActiveTo", Help = "When customers stop seeing the notice.")]
        public DateTime? ActiveTo { get; set; }

        [Field(FieldFlags.Writable, Filter = "OnlyForContacts", Help = "Whether only contacts (customers without a contract) see the notice.")]
        public bool OnlyForContacts { get; set; }

        [Field(FieldFlags.Writable, Filter = "OnlyForMembers", Help = "Whether only members (customers with a contract) see the notice.")]
        public bool OnlyForMembers { get; set; }
    }
}
