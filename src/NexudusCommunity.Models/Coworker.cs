using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A customer of the space (a person or a company): the members of community groups are coworkers.</summary>
    [Entity("Coworker", "api/spaces/coworkers", Noun = "NexudusCoworker", NameField = nameof(FullName), ReadOnly = true, IdListParameter = "id",
        View = "Id, FullName(20), Email, Active, InvoicingBusinessId as Business")]
    public sealed partial class Coworker : NexudusRecord
    {
        [Field(FieldFlags.Sortable, Filter = "FullName", Parameter = "Name", Help = "The coworker's full name.")]
        public string FullName { get; set; }

        [Field(FieldFlags.Sortable, Filter = "Email", Help = "The coworker's email address.")]
        public string Email { get; set; }

        [Field(Filter = "CoworkerType", Help = "Whether the coworker is a person (Individual) or a Company.")]
        public CoworkerType? CoworkerType { get; set; }

        public string CompanyName { get; set; }

        [Field(FieldFlags.Sortable, Filter = "InvoicingBusiness", References = "Business", Parameter = "BusinessId",
            Help = "The business that invoices the coworker (their home location).")]
        public long InvoicingBusinessId { get; set; }

        public string InvoicingBusinessName { get; set; }

        [Field(FieldFlags.Sortable, Filter = "Active", Help = "Whether the coworker is active.")]
        public bool Active { get; set; }
    }
}
