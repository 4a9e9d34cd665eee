using NexudusCommunity.Api.Errors;
using NexudusCommunity.Models;

namespace NexudusCommunity.Api.Entities
{
    /// <summary>
    /// A create was sent and its answer lost or failed (dropped connection, gateway error, generic 500). Sending it
    /// again blindly could make a duplicate, so instead the server is asked: a record of that name, created since
    /// just before the first send and not already known to this connection, is the one. Found: the create
    /// succeeded. Verifiably absent: null, and <see cref="WriteRetry"/> decides whether it may go again. Unclear
    /// (several candidates, the check itself failed): an UnknownOutcome error saying so.
    /// </summary>
    internal sealed class LostCreateCheck<T> where T : NexudusRecord
    {
        private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);
        private readonly EntityClient<T> _entities;
        private readonly CreatedRecords _known;

        public LostCreateCheck(EntityClient<T> entities, CreatedRecords known)
        {
            _entities = entities;
            _known = known;
        }

        /// <summary>The Id of the record the lost create made, or null when the server verifiably has none.</summary>
        public async Task<long?> FindAsync(string name, string what, DateTime sentAt, NexudusApiException lost, CancellationToken cancellationToken)
        {
            var spec = _entities.Spec;
            if (string.IsNullOrEmpty(name) || spec.NameField?.Filter == null) throw lost;
            ApiTrace.Write($"{what}: the answer to the create was lost; checking whether the record exists.");
            try
            {
                var query = _entities.NewQuery().Equal(spec.NameField.Filter, name).Range("CreatedOn", sentAt - ClockSkew, null);
                var page = await _entities.GetPageAsync(query, 1, Paging.PagePlan.MaxPageSize, cancellationToken).ConfigureAwait(false);
                var candidates = page.Records
                    .Where(r => string.Equals(spec.NameOf(r), name, StringComparison.Ordinal))
                    .Where(r => !_known.Contains(spec.Name, r.Id))
                    .ToList();
                if (candidates.Count == 0) return null;
                if (candidates.Count == 1 && _known.Remember(spec.Name, candidates[0].Id))
                {
                    ApiTrace.Write($"{what}: it was created (Id {candidates[0].Id}) although its answer was lost; not sent again.");
                    return candidates[0].Id;
                }
                throw new NexudusApiException(ApiErrorKind.UnknownOutcome,
                    $"{what}: the create was sent but its answer was lost ({lost.Message}); a check found {candidates.Count} records that could be it, so which one (if any) is unclear. It was not sent again, to avoid a duplicate.",
                    lost.StatusCode, inner: lost);
            }
            catch (NexudusApiException ex) when (ex.Kind != ApiErrorKind.UnknownOutcome)
            {
                throw new NexudusApiException(ApiErrorKind.UnknownOutcome,
                    $"{what}: the create was sent but its answer was lost ({lost.Message}), and checking the server failed too ({ex.Message}). It may or may not exist; it was not sent again.",
                    lost.StatusCode, inner: lost);
            }
        }
    }
}
