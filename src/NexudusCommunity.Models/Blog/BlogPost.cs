using System;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A news article on the members portal, published at a date and optionally withdrawn at another.</summary>
    [Entity("BlogPost", "api/content/blogposts", Noun = "NexudusBlogPost", NameField = nameof(Title), IdListParameter = "id",
        View = "Title, PublishDate, CommentsCount, Id")]
    [WriteOnlyField("NewImageUrl", typeof(Uri), Help = "The address of an image the server fetches and keeps as the article's picture.")]
    [WriteOnlyField("ClearImageFile", typeof(bool), Omit = EntityVerbs.New, Help = "Removes the article's picture.")]
    [WriteOnlyField("NewLargeImageUrl", typeof(Uri), Help = "The address of an image the server fetches and keeps as the article's large picture.")]
    [WriteOnlyField("ClearLargeImageFile", typeof(bool), Omit = EntityVerbs.New, Help = "Removes the article's large picture.")]
    public sealed partial class BlogPost : BusinessRecord
    {
        [Field(FieldFlags.Writable, Filter = "Language", Help = "The language the article is written in, as a language Id.")]
        public long? LanguageId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "PostedBy", Help = "The author, as the Id the server gives authors.")]
        public long? PostedById { get; set; }

        public string PostedByFullName { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Title", Help = "The article's title.")]
        public string Title { get; set; }

        [Field(FieldFlags.Writable, Filter = "SummaryText", Alias = "Summary", Help = "The short introduction shown above the article and in lists.")]
        public string SummaryText { get; set; }

        [Field(FieldFlags.Writable, Filter = "FullText", Alias = "Body", Help = "The article's body.")]
        public string FullText { get; set; }

        public string ImageFileName { get; set; }

        public string LargeImageFileName { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Range = "PublishDate", Help = "When the article goes live (UTC): a past date publishes it at once, a future one schedules it.")]
        public DateTime? PublishDate { get; set; }

        [Field(FieldFlags.Writable, Filter = "ShowInHomeBanner", Help = "Whether the article is featured on the portal's home page before sign-in.")]
        public bool ShowInHomeBanner { get; set; }

        [Field(FieldFlags.Writable, Filter = "ShowInHomePage", Help = "Whether the article is featured on the portal's home page after sign-in.")]
        public bool ShowInHomePage { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Range = "UnpublishDate", Help = "When the article is taken down (UTC); empty to keep it up.")]
        public DateTime? UnpublishDate { get; set; }

        [Field(FieldFlags.Writable, Filter = "AllowComments", Help = "Whether customers can comment on the article.")]
        public bool AllowComments { get; set; }

        /// <summary>Category ids. Null when the record came from a list, which leaves them out; empty means none.</summary>
        [Field(FieldFlags.Writable | FieldFlags.DetailOnly, References = "BlogCategory", Parameter = "CategoryId",
            AddParameter = "AddCategory", RemoveParameter = "RemoveCategory", Help = "The article's categories, as blog category Ids.")]
        public long[] BlogCategories { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "CommentsCount", Minimum = 0, Help = "How many comments the article has.")]
        public int CommentsCount { get; set; }

        [Field(FieldFlags.Writable, Filter = "OnlyForContacts", Help = "Whether only contacts (customers without a contract) see the article.")]
        public bool OnlyForContacts { get; set; }

        [Field(FieldFlags.Writable, Filter = "OnlyForMembers", Help = "Whether only members (customers with a contract) see the article.")]
        public bool OnlyForMembers { get; set; }
    }
}
