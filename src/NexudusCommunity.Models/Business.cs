using System.Text.Json.Serialization;
using NexudusCommunity.Models.Json;

namespace NexudusCommunity.Models
{
    /// <summary>A business (location) the account administers; its Id is the BusinessId records belong to.</summary>
    public sealed class Business : NexudusRecord
    {
        public string Name { get; set; }
        public string WebAddress { get; set; }
        public string Currency { get; set; }
        public string TimeZone { get; set; }

        [JsonConverter(typeof(FlexibleBoolConverter))]
        public bool Active { get; set; }

        public override string ToString() => Name;
    }
}
