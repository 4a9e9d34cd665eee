using System.Text.Json.Nodes;

namespace NexudusCommunity.Api
{
    /// <summary>One logical call: what to send, and how to describe it when it fails.</summary>
    public sealed class ApiRequest
    {
        public ApiRequest(HttpMethod method, string path)
        {
            Method = method;
            Path = path.TrimStart('/');
        }

        public HttpMethod Method { get; }

        /// <summary>Relative to the base URI, e.g. "api/community/communitygroups/12".</summary>
        public string Path { get; }

        public QueryString Query { get; set; }
        public JsonNode Body { get; set; }

        /// <summary>The role the API reference says this call needs, e.g. "CommunityGroup-Edit".</summary>
        public string RequiredRole { get; set; }

        /// <summary>What the call acts on, for messages: "CommunityGroup 12", "new CommunityGroup 'Book Club'".</summary>
        public string Target { get; set; }

        public bool IsIdempotent => Method != HttpMethod.Post;

        public string Describe() => $"{Method} {Path}" + (Target == null ? "" : $" ({Target})");
    }
}
