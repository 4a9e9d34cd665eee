using System.Diagnostics;
using NexudusCommunity.Api.Errors;

namespace NexudusCommunity.Api.Entities
{
    /// <summary>
    /// Sends a write that is not safe to repeat blindly (a create, a command) and decides, when its answer failed
    /// or was lost, whether it may go again. It goes again only on proof that the first one did not take effect:
    /// for a create, a check on the server finding no such record, after an answer that means the server's work
    /// has ended (the API's own 503, a 502, a 500 without a Nexudus envelope, a dropped connection); for a command,
    /// which cannot be checked, only the API's own 503. An answer that means the server may still be at it (a 504,
    /// a bare 503 from a gateway, no answer in time) is never followed by a resend: a check could miss a record
    /// still being made. Bounded by the connection's RetryPolicy (tries and elapsed time).
    /// </summary>
    internal sealed class WriteRetry
    {
        private readonly RetryPolicy _policy;
        private readonly string _what;

        /// <summary>Tries and elapsed time from <paramref name="policy"/>; <paramref name="what"/> names the write in messages ("new CommunityGroup 'Book Club'").</summary>
        public WriteRetry(RetryPolicy policy, string what)
        {
            _policy = policy ?? RetryPolicy.Default;
            _what = what;
        }

        /// <summary>A create: <paramref name="find"/> returns the record's Id when the lost attempt made it, null when it verifiably did not.</summary>
        public Task<long> CreateAsync(Func<CancellationToken, Task<long>> send, Func<NexudusApiException, CancellationToken, Task<long?>> find,
            CancellationToken cancellationToken) =>
            SendAsync(send, async (lost, ct) => await find(lost, ct).ConfigureAwait(false) is long id ? (true, id) : (false, 0L), cancellationToken);

        /// <summary>A command: nothing on the server says whether it ran, so only a refusal before any work lets it go again.</summary>
        public Task<T> CommandAsync<T>(Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken) =>
            SendAsync<T>(send, null, cancellationToken);

        private async Task<T> SendAsync<T>(Func<CancellationToken, Task<T>> send, Func<NexudusApiException, CancellationToken, Task<(bool Found, T Result)>> find,
            CancellationToken cancellationToken)
        {
            var elapsed = Stopwatch.StartNew();
            for (var attempt = 1; ; attempt++)
            {
                NexudusApiException failed;
                try
                {
                    return await send(cancellationToken).ConfigureAwait(false);
                }
                catch (NexudusApiException ex) when (ex.LostAnswer != LostAnswer.None)
                {
                    failed = ex;
                }

                var mayRetry = _policy.MayRetry(attempt, elapsed.Elapsed);
                if (find == null)
                {
                    if (failed.LostAnswer != LostAnswer.NotActedOn) throw CommandFateUnknown(failed);
                    if (!mayRetry) throw NotApplied(failed, attempt, "the server refused it each time before acting on it");
                    await BackOffAsync(attempt, $"the server refused it before acting on it ({failed.StatusCode})", cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // A moment first: a burst of failures passes, and a server that did act has finished saving.
                await Task.Delay(_policy.Backoff(attempt), cancellationToken).ConfigureAwait(false);
                var check = await find(failed, cancellationToken).ConfigureAwait(false);
                if (check.Found) return check.Result;
                if (failed.LostAnswer == LostAnswer.MayStillRun) throw MayStillBeCreated(failed);
                if (!mayRetry) throw NotApplied(failed, attempt, "a check after each try found no such record on the server");
                ApiTrace.Write($"{_what}: not created (a check found no such record after: {failed.Message}); sending it again, try {attempt + 1}.");
            }
        }

        private async Task BackOffAsync(int attempt, string reason, CancellationToken cancellationToken)
        {
            var wait = _policy.Backoff(attempt);
            ApiTrace.Write($"{_what}: {reason}; sending it again in {Durations.Describe(wait)} (try {attempt + 1}).");
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Known not applied, and out of tries: the server failed, nothing is in doubt.</summary>
        private NexudusApiException NotApplied(NexudusApiException last, int attempts, string proof) =>
            new NexudusApiException(ApiErrorKind.Server,
                $"{_what} was not applied: {attempts} {(attempts == 1 ? "try" : "tries")} failed ({proof}). The last answer: {last.Message}",
                last.StatusCode, inner: last);

        private NexudusApiException MayStillBeCreated(NexudusApiException lost) =>
            new NexudusApiException(ApiErrorKind.UnknownOutcome,
                $"{_what}: its fate is unknown. The answer ({lost.Message}) means the server may still be working on it, and a check found no such record yet; it was not sent again, to avoid a duplicate.",
                lost.StatusCode, inner: lost)
            {
                LostAnswer = lost.LostAnswer,
            };

        private NexudusApiException CommandFateUnknown(NexudusApiException lost) =>
            new NexudusApiException(ApiErrorKind.UnknownOutcome,
                $"{_what}: its fate is unknown ({lost.Message}). A command leaves nothing to check on the server, so it was not sent again; only a refusal before any work (the API's own 503) would have allowed that.",
                lost.StatusCode, inner: lost)
            {
                LostAnswer = lost.LostAnswer,
            };
    }
}
