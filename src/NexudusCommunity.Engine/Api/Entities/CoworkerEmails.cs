using NexudusCommunity.Api.Paging;
using NexudusCommunity.Models;

namespace NexudusCommunity.Api.Entities
{
    /// <summary>
    /// Finds coworkers by email, many at once, in the fewest requests. The API searches one email at a time (and only
    /// by "contains"), so for several emails the first page of all coworkers is read: it answers every email when the
    /// space has no more than a page of them. Otherwise the rest of the list is read, or each email searched,
    /// whichever takes fewer requests. Emails match exactly, in any case; one may match several coworkers (the same
    /// person registered at two locations), and every match is returned.
    /// </summary>
    public static class CoworkerEmails
    {
        public static async Task<IReadOnlyDictionary<string, IReadOnlyList<Coworker>>> FindAsync(
            EntityClient<Coworker> coworkers, IEnumerable<string> emails, CancellationToken cancellationToken)
        {
            var wanted = emails.Select(e => e?.Trim()).Where(e => !string.IsNullOrEmpty(e)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var found = wanted.ToDictionary(e => e, e => new Dictionary<long, Coworker>(), StringComparer.OrdinalIgnoreCase);
            if (wanted.Count > 1)
            {
                var first = await coworkers.GetPageAsync(coworkers.NewQuery(), 1, PagePlan.MaxPageSize, cancellationToken).ConfigureAwait(false);
                Collect(found, first.Records);
                var pagesLeft = !first.HasNextPage ? 0
                    : first.TotalItems.HasValue ? (int)((first.TotalItems.Value + PagePlan.MaxPageSize - 1) / PagePlan.MaxPageSize) - 1 : int.MaxValue;
                if (pagesLeft < wanted.Count)
                {
                    ApiTrace.Write($"Looking up {wanted.Count} emails by reading all {first.TotalItems ?? first.Records.Count} coworkers ({pagesLeft + 1} page(s)).");
                    for (var page = 2; page <= pagesLeft + 1; page++)
                    {
                        var next = await coworkers.GetPageAsync(coworkers.NewQuery(), page, PagePlan.MaxPageSize, cancellationToken).ConfigureAwait(false);
                        Collect(found, next.Records);
                        if (!next.HasNextPage) break;
                    }
                    return Result(found);
                }
            }
            ApiTrace.Write($"Looking up {wanted.Count} email(s) with one search each.");
            foreach (var email in wanted)
            {
                var matches = await coworkers.GetPageAsync(coworkers.NewQuery().Equal("Email", email), 1, PagePlan.MaxPageSize, cancellationToken).ConfigureAwait(false);
                Collect(found, matches.Records);
            }
            return Result(found);
        }

        private static void Collect(Dictionary<string, Dictionary<long, Coworker>> found, IEnumerable<Coworker> coworkers)
        {
            foreach (var coworker in coworkers)
                if (coworker.Email != null && found.TryGetValue(coworker.Email.Trim(), out var matches)) matches[coworker.Id] = coworker;
        }

        private static IReadOnlyDictionary<string, IReadOnlyList<Coworker>> Result(Dictionary<string, Dictionary<long, Coworker>> found) =>
            found.ToDictionary(p => p.Key, p => (IReadOnlyList<Coworker>)p.Value.Values.OrderBy(c => c.Id).ToList(), StringComparer.OrdinalIgnoreCase);
    }
}
