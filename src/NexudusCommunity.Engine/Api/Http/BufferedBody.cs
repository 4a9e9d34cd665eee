using System.IO;
using System.Net;

namespace NexudusCommunity.Api.Http
{
    /// <summary>
    /// An answer's body read off the wire once: the retry handler reads it to judge the answer, and the client then
    /// takes the same bytes (<see cref="Of"/>) instead of asking the content for another copy of them.
    /// </summary>
    internal sealed class BufferedBody : HttpContent
    {
        private BufferedBody(byte[] bytes) => Bytes = bytes;

        public byte[] Bytes { get; }

        /// <summary>Reads the response's body into memory once and puts it back as a <see cref="BufferedBody"/>.</summary>
        public static async Task<byte[]> ReadOnceAsync(HttpResponseMessage response)
        {
            if (response.Content == null) return new byte[0];
            if (response.Content is BufferedBody read) return read.Bytes;
            var original = response.Content;
            var bytes = await original.ReadAsByteArrayAsync().ConfigureAwait(false);
            var buffered = new BufferedBody(bytes);
            foreach (var header in original.Headers) buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            response.Content = buffered;
            original.Dispose();
            return bytes;
        }

        /// <summary>The body's bytes: the ones already read, or read now.</summary>
        public static Task<byte[]> Of(HttpResponseMessage response) => ReadOnceAsync(response);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext context) => stream.WriteAsync(Bytes, 0, Bytes.Length);

        protected override bool TryComputeLength(out long length)
        {
            length = Bytes.Length;
            return true;
        }
    }
}
