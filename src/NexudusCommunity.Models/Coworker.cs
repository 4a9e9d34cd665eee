using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A customer of the space (a person or a company): the members of community groups are coworkers.</summary>
    [Entity("Coworker", "api/spaces/coworkers", NameField = nameof(FullName), ReadOnly = true, IdListParameter = "id")]
    public sealed class Coworker : NexudusRecord
    {
        [Field(FieldFlags.Sortable, Filter = "FullName", Parameter = "Name")]
        public string FullName { get; set; }

        [Field(FieldFlags.Sortable, Filter = "Email")]
        public string Email { get; set; }

        [Field(Filter = "CoworkerType")]
        public CoworkerType? CoworkerType { get; set; }

        public string CompanyName { get; set; }

        /// <summary>The business that invoices this coworker (their home location).</summary>
        [Field(FieldFlags.Sortable, Filter = "InvoicingBusiness", References = "Business", Parameter = "BusinessId")]
        public int InvoicingBusinessId { get; set; }

        public string InvoicingBusinessName { get; set; }

        [Field(FieldFlags.Sortable, Filter = "Active")]
        public bool Active { get; set; }

        public override string ToString() => FullName;
    }
}
