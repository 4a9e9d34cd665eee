using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NexudusCommunity.Api.Errors;

namespace NexudusCommunity.Api
{
    /// <summary>One page of a list answer, read as JSON: its records, and whether another page follows.</summary>
    public sealed class JsonPage
    {
        public JsonPage(IReadOnlyList<JsonElement> records, bool hasNextPage, long? totalItems)
        {
            Records = records;
            HasNextPage = hasNextPage;
            TotalItems = totalItems;
        }

        public IReadOnlyList<JsonElement> Records { get; }
        public bool HasNextPage { get; }
        public long? TotalItems { get; }
    }

    /// <summary>
    /// Calls by path, for the parts of the API the module has no cmdlet for. They go through the connection's
    /// pipeline like every other call (sign-in, pacing, retries, error mapping) and answer JSON.
    /// </summary>
    public static class RestCalls
    {
        /// <summary>
        /// A request for a path relative to the API root ("api/spaces/coworkers", "/api/...?page=2"). An absolute
        /// address is taken only when it lies under the connection's own: the credentials go with every request.
        /// Query values are plain .NET values: dates go as UTC, true/false in lower case, lists as [1,2,3].
        /// </summary>
        /// <exception cref="ArgumentException">The path is empty or leaves the connection's API root (ParamName "Path").</exception>
        public static ApiRequest Request(this NexudusClient client, HttpMethod method, string path,
            IEnumerable<KeyValuePair<string, object>> query, JsonNode body)
        {
            var root = client.BaseUri;
            var text = (path ?? "").Trim();
            if (text.Length == 0) throw new ArgumentException("Path: is empty; give a path such as api/spaces/coworkers.", "Path");
            var absolute = !text.StartsWith("/", StringComparison.Ordinal) && Uri.TryCreate(text, UriKind.Absolute, out _);
            var full = absolute ? new Uri(text) : new Uri(root, text.TrimStart('/', '\\'));
            if (!string.Equals(full.Scheme, root.Scheme, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(full.Authority, root.Authority, StringComparison.OrdinalIgnoreCase)
                || !full.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal))
                throw new ArgumentException($"Path: '{path}' is not under {root}; the credentials are sent only there. Give a path relative to it, such as api/spaces/coworkers.", "Path");

            var queryString = new QueryString();
            foreach (var pair in full.Query.TrimStart('?').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = pair.Split(new[] { '=' }, 2);
                queryString.Add(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : "");
            }
            foreach (var pair in query ?? Enumerable.Empty<KeyValuePair<string, object>>())
                queryString.Set(pair.Key, QueryValue(pair.Value));
            return new ApiRequest(method, full.AbsolutePath.Substring(root.AbsolutePath.Length))
            {
                Query = queryString,
                Body = body,
            };
        }

        /// <summary>Sends the request; the answer's JSON, or null when the answer has no body.</summary>
        public static async Task<JsonElement?> SendJsonAsync(this NexudusClient client, ApiRequest request, CancellationToken cancellationToken)
        {
            var answer = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (answer.Body.Length == 0) return null;
            return ResponseReader.Read(request, answer.Status, answer.Reason, answer.Text, answer.MediaType);
        }

        /// <summary>
        /// One page of the list the request reads (page and size replace any the request had): the envelope's
        /// Records, or a bare array as a single page. The end is read from HasNextPage, else TotalPages, else a short page.
        /// </summary>
        public static async Task<JsonPage> GetPageAsync(this NexudusClient client, ApiRequest list, int page, int size, CancellationToken cancellationToken)
        {
            var query = (list.Query ?? new QueryString()).Clone().Set("page", page.ToString(CultureInfo.InvariantCulture)).Set("size", size.ToString(CultureInfo.InvariantCulture));
            var request = new ApiRequest(HttpMethod.Get, list.Path) { Query = query, Target = $"page {page}" };
            var json = await client.SendJsonAsync(request, cancellationToken).ConfigureAwait(false);
            if (json?.ValueKind == JsonValueKind.Array) return new JsonPage(json.Value.EnumerateArray().ToList(), false, json.Value.GetArrayLength());
            if (json?.ValueKind != JsonValueKind.Object || !(Property(json.Value, "Records") is JsonElement records) || records.ValueKind != JsonValueKind.Array)
                throw new NexudusApiException(ApiErrorKind.MalformedResponse,
                    $"{request.Describe()}: the answer is not a list (no Records array), so it has no pages to read.");
            var items = records.EnumerateArray().ToList();
            var total = Number(Property(json.Value, "TotalItems"));
            var totalPages = Number(Property(json.Value, "TotalPages"));
            var next = Property(json.Value, "HasNextPage") is JsonElement flag && (flag.ValueKind == JsonValueKind.True || flag.ValueKind == JsonValueKind.False)
                ? flag.ValueKind == JsonValueKind.True
                : totalPages.HasValue ? page < totalPages.Value : items.Count >= size;
            // An empty page never leads anywhere, whatever the flags say: this stops a server that loops.
            return new JsonPage(items, next && items.Count > 0, total);
        }

        private static string QueryValue(object value)
        {
            switch (value)
            {
                case null: return "";
                case string text: return text;
                case bool flag: return flag ? "true" : "false";
                case DateTime date: return date.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
                case DateTimeOffset date: return date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
                case Enum choice: return Convert.ToInt64(choice, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                // The API's own form for a list of Ids: id=[1,2,3].
                case IEnumerable list: return "[" + string.Join(",", list.Cast<object>().Select(QueryValue)) + "]";
                case IFormattable formattable: return formattable.ToString(null, CultureInfo.InvariantCulture);
                default: return value.ToString();
            }
        }

        private static JsonElement? Property(JsonElement json, string name)
        {
            foreach (var p in json.EnumerateObject())
                if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
            return null;
        }

        private static long? Number(JsonElement? value) =>
            value?.ValueKind == JsonValueKind.Number && value.Value.TryGetInt64(out var n) ? n : (long?)null;
    }
}
