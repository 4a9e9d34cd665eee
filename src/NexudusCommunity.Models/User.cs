using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>
    /// A user account: what signs in (to the dashboard, the members' portal, the API), and what owns groups and
    /// posts threads and messages (their UserId). Not a coworker: a coworker is a customer record, and a user
    /// account may have one, several or none.
    /// </summary>
    [Entity("User", "api/sys/users", Noun = "NexudusUser", NameField = nameof(FullName), ReadOnly = true,
        View = "Id, FullName(24), Email, Active, IsAdmin as Admin")]
    public sealed partial class User : NexudusRecord
    {
        [Field(FieldFlags.Sortable, Filter = "FullName", Parameter = "Name", Help = "The user's full name.")]
        public string FullName { get; set; }

        [Field(FieldFlags.Sortable, Filter = "Email", Help = "The email address the user signs in with.")]
        public string Email { get; set; }

        [Field(FieldFlags.Sortable, Filter = "Active", Help = "Whether the account can sign in.")]
        public bool Active { get; set; }

        [Field(Filter = "IsAdmin", Help = "Whether the user is an administrator of the account.")]
        public bool IsAdmin { get; set; }

        [Field(Filter = "APIAccess", Help = "Whether the user may use the API.")]
        public bool APIAccess { get; set; }

        [Field(Filter = "Validated", Help = "Whether the user has confirmed the email address.")]
        public bool Validated { get; set; }

        [Field(FieldFlags.Sortable, Range = "LastAccess")]
        public System.DateTime? LastAccess { get; set; }
    }
}
