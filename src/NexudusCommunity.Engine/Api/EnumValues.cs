using NexudusCommunity.Api.Errors;
using NexudusCommunity.Api.Json;
using NexudusCommunity.Models;

namespace NexudusCommunity.Api
{
    /// <summary>The values of an API enum: GET api/utils/enums?name=X, answered as [{Id, Name, Label}].</summary>
    public static class EnumValues
    {
        public static async Task<IReadOnlyList<NexudusEnumValue>> GetEnumAsync(this NexudusClient client, string name, CancellationToken cancellationToken)
        {
            var request = new ApiRequest(HttpMethod.Get, "api/utils/enums") { Query = new QueryString().Add("name", name), Target = $"enum {name}" };
            var answer = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var values = PageReader.ReadWhole<NexudusEnumValue>(request, answer);
            // An unknown name may come back as an empty list rather than a 404: either way there is no such enum.
            if (values.Count == 0) throw new NexudusApiException(ApiErrorKind.NotFound, $"enum {name} was not found: the server has no values for it.", answer.Status);
            foreach (var value in values) value.Enum = name;
            return values;
        }
    }
}
