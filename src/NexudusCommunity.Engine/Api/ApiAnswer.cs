using System.Text;

namespace NexudusCommunity.Api
{
    /// <summary>A successful (2xx) answer as it came off the wire: read by whoever knows its shape, with no copy made first.</summary>
    public sealed class ApiAnswer
    {
        public ApiAnswer(ApiRequest request, int status, string reason, byte[] body, string mediaType)
        {
            Request = request;
            Status = status;
            Reason = reason;
            Body = body ?? new byte[0];
            MediaType = mediaType;
        }

        public ApiRequest Request { get; }
        public int Status { get; }
        public string Reason { get; }

        /// <summary>The body's UTF-8 bytes.</summary>
        public byte[] Body { get; }

        public string MediaType { get; }

        public string Text => Encoding.UTF8.GetString(Body);
    }
}
