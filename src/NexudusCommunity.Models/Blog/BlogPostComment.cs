using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A reader's comment on an article, shown once published.</summary>
    [Entity("BlogPostComment", "api/content/blogpostcomments", Noun = "NexudusBlogPostComment", NameField = nameof(Title), IdListParameter = "id",
        View = "Title, PostedByFullName, Published, Id")]
    public sealed partial class BlogPostComment : BusinessRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable | FieldFlags.Parent, Filter = "BlogPost", References = "BlogPost",
            Parameter = "BlogPost", Help = "The article commented on.")]
        public long BlogPostId { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "PostedBy", References = "Coworker", Parameter = "Coworker",
            Help = "The customer who wrote the comment.")]
        public long? PostedById { get; set; }

        public string PostedByFullName { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Title", Help = "The comment's heading.")]
        public string Title { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required, Filter = "Text", Help = "The comment itself.")]
        public string Text { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Published", Help = "Whether readers see the comment (unpublish it to moderate).")]
        public bool Published { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Rating", Help = "The score the writer gave the article, if any.")]
        public int? Rating { get; set; }
    }
}
