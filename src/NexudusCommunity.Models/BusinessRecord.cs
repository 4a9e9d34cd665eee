using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>
    /// A record that belongs to one business (location) and is created there. Its BusinessId is the entity's own first
    /// field (the cmdlets list it where the model would), declared here once instead of in every such model.
    /// </summary>
    public abstract class BusinessRecord : NexudusRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Business", References = "Business",
            Help = "The business (location) the record belongs to.")]
        public long BusinessId { get; set; }
    }
}
