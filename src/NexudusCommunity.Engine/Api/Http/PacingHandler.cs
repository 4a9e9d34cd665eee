namespace NexudusCommunity.Api.Http
{
    /// <summary>Waits for the connection's pacer before every attempt, retries included.</summary>
    internal sealed class PacingHandler : DelegatingHandler
    {
        private readonly RequestPacer _pacer;

        public PacingHandler(RequestPacer pacer) => _pacer = pacer;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using (await _pacer.WaitForSlotAsync(RequestFlags.IsWrite(request), cancellationToken).ConfigureAwait(false))
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
