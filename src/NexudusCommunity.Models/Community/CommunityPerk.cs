using System;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A benefit a location offers its customers with a partner business (a discount, a free trial...), claimed from the portal.</summary>
    [Entity("CommunityPerk", "api/content/communityperks", NameField = nameof(Title), IdListParameter = "id",
        View = "Title, GroupName, Active, ClickCount, Id")]
    [WriteOnlyField("NewImageUrl", typeof(Uri), Help = "The address of an image the server fetches and keeps as the perk's picture.")]
    [WriteOnlyField("ClearImageFile", typeof(bool), Omit = EntityVerbs.New, Help = "Removes the perk's picture.")]
    [WriteOnlyField("NewLargeImageUrl", typeof(Uri), Help = "The address of an image the server fetches and keeps as the perk's large picture.")]
    [WriteOnlyField("ClearLargeImageFile", typeof(bool), Omit = EntityVerbs.New, Help = "Removes the perk's large picture.")]
    public sealed partial class CommunityPerk : BusinessRecord
    {
        public string BusinessName { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Title", Help = "The perk's name.")]
        public string Title { get; set; }

        [Field(FieldFlags.Writable, Filter = "PerkUrl", Help = "The https page the Claim button opens; empty for no button.")]
        public string PerkUrl { get; set; }

        [Field(FieldFlags.Writable, Filter = "SummaryText", Help = "The line shown under the title in the perks list.")]
        public string SummaryText { get; set; }

        [Field(FieldFlags.Writable, Filter = "FullText", Help = "The full description shown when a customer opens the perk.")]
        public string FullText { get; set; }

        public string ImageFileName { get; set; }

        public string LargeImageFileName { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Active", Help = "Whether customers see the perk; otherwise only admins do.")]
        public bool Active { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "GroupName", Help = "The heading the perk is listed under.")]
        public string GroupName { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "DisplayOrder", Help = "Where the perk comes in the list: lower first.")]
        public int DisplayOrder { get; set; }

        [Field(FieldFlags.Writable, Filter = "ShowInHomePage", Help = "Whether the perk is featured on the portal's home page after sign-in.")]
        public bool ShowInHomePage { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "ClickCount", Minimum = 0, Help = "How many times customers have opened the perk.")]
        public int ClickCount { get; set; }

        [Field(FieldFlags.Writable, Filter = "OnlyForContacts", Help = "Whether only contacts (customers without a contract) get the perk.")]
        public bool OnlyForContacts { get; set; }

        [Field(FieldFlags.Writable, Filter = "OnlyForMembers", Help = "Whether only members (customers with a contract) get the perk.")]
        public bool OnlyForMembers { get; set; }

        /// <summary>Plan ids. Null when the record came from a list, which leaves them out; empty means any plan.</summary>
        [Field(FieldFlags.Writable | FieldFlags.DetailOnly, Parameter = "TariffId", AddParameter = "AddTariff", RemoveParameter = "RemoveTariff",
            Help = "The pricing plans whose customers get the perk, as plan (tariff) Ids; none for everyone.")]
        public long[] Tariffs { get; set; }
    }
}
