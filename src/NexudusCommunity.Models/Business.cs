using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A business (location) the account administers; its Id is the BusinessId records belong to.</summary>
    [Entity("Business", "api/sys/businesses", Noun = "NexudusBusiness", NameField = nameof(Name), ReadOnly = true,
        View = "Id, Name(27), Active, Currency(8), TimeZone")]
    public sealed partial class Business : NexudusRecord
    {
        [Field(FieldFlags.Sortable, Help = "The business's name.")]
        public string Name { get; set; }

        public string WebAddress { get; set; }
        public string Currency { get; set; }
        public string TimeZone { get; set; }
        public bool Active { get; set; }
    }
}
