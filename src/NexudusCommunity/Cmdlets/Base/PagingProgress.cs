using NexudusCommunity.Api.Paging;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>Progress for reads that span pages: shown from the second page on (one page is "a moment"), with the API's total.</summary>
    internal sealed class PagingProgress
    {
        private readonly ProgressReporter _reporter;

        public PagingProgress(PSCmdlet cmdlet, string entity) => _reporter = new ProgressReporter(cmdlet, $"Reading {entity} records");

        /// <param name="requests">Pages asked for so far.</param>
        /// <param name="passedOn">Distinct records read so far.</param>
        /// <param name="page">The page just read, with the API's total.</param>
        public void Report<T>(int requests, long passedOn, Page<T> page)
        {
            if (!page.HasNextPage && !_reporter.Shown) return;
            if (page.TotalItems > 0)
                _reporter.Show($"{passedOn} of {page.TotalItems} ({requests} page(s))", (int)Math.Min(100, passedOn * 100 / page.TotalItems.Value));
            else
                _reporter.Show($"{passedOn} read ({requests} page(s))");
        }

        public void Complete() => _reporter.Complete();
    }
}
