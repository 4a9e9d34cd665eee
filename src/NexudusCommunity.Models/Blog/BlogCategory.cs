using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A named section of a location's blog that articles are filed under.</summary>
    [Entity("BlogCategory", "api/content/blogcategories", Noun = "NexudusBlogCategory", NameField = nameof(Title), IdListParameter = "id",
        View = "Title, BusinessId, Id")]
    public sealed partial class BlogCategory : BusinessRecord
    {
        [Field(FieldFlags.Writable, Filter = "Language", Help = "The language of the category, as a language Id.")]
        public long? LanguageId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Title", Help = "The category's name.")]
        public string Title { get; set; }

        /// <summary>Post ids. Null when the record came from a list, which leaves them out; empty means none.</summary>
        [Field(FieldFlags.Writable | FieldFlags.DetailOnly, References = "BlogPost", Parameter = "BlogPostId",
            AddParameter = "AddBlogPost", RemoveParameter = "RemoveBlogPost", Help = "The articles in the category, as blog post Ids.")]
        public long[] BlogPosts { get; set; }
    }
}
