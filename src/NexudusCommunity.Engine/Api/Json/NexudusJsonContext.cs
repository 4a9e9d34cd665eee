using System.Text.Json.Serialization;
using NexudusCommunity.Models;

namespace NexudusCommunity.Api.Json
{
    /// <summary>Source-generated (de)serialisers: no reflection at run time, nothing built at import.</summary>
    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(CommunityGroup))]
    [JsonSerializable(typeof(VideoRoom))]
    [JsonSerializable(typeof(Business))]
    [JsonSerializable(typeof(NexudusCommand))]
    internal partial class NexudusJsonContext : JsonSerializerContext
    {
    }
}
