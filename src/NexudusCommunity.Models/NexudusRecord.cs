using System;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>The fields every Nexudus record carries.</summary>
    public abstract class NexudusRecord
    {
        [Field(FieldFlags.Sortable, Filter = "Id")]
        public long Id { get; set; }

        [Field(FieldFlags.Sortable, Range = "Created")]
        public DateTime? CreatedOn { get; set; }

        /// <summary>Also the version stamp: a write refuses to overwrite a record whose UpdatedOn moved on.</summary>
        [Field(FieldFlags.Sortable, Range = "Updated")]
        public DateTime? UpdatedOn { get; set; }

        public string UpdatedBy { get; set; }

        public Guid? UniqueId { get; set; }

        public bool? IsNew { get; set; }

        [Field(FieldFlags.Writable, Help = "Free-form data for integrations, stored with the record and seen and set only through the API.")]
        public string SystemId { get; set; }

        /// <summary>
        /// For a model made from what names a record, as -Identity binds in the ActiveDirectory module: a parameter
        /// typed as the model (-CommunityGroup) then takes the record itself, its Id (42, '42') or its name ('Book Club')
        /// through the model's constructors. Such a record stands for the one with its Id, or, with Id 0, its name.
        /// </summary>
        protected static bool TryReadId(string text, out long id) =>
            long.TryParse(text?.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out id);
    }
}
