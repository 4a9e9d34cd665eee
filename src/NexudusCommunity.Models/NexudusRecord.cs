using System;
using System.Text.Json.Serialization;
using NexudusCommunity.Models.Json;

namespace NexudusCommunity.Models
{
    /// <summary>The fields every Nexudus record carries.</summary>
    public abstract class NexudusRecord
    {
        [JsonConverter(typeof(FlexibleIntConverter))]
        public int Id { get; set; }

        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? CreatedOn { get; set; }

        /// <summary>Also the version stamp: a write refuses to overwrite a record whose UpdatedOn moved on.</summary>
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? UpdatedOn { get; set; }

        public string UpdatedBy { get; set; }

        public Guid? UniqueId { get; set; }

        /// <summary>Free-form data only the API can see and set.</summary>
        public string SystemId { get; set; }
    }
}
