using NexudusCommunity.Api.Paging;
using System.Management.Automation;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>Progress for reads that span pages: shown from the second page on (one page is "a moment"), with the API's total.</summary>
    internal sealed class PagingProgress
    {
        private readonly ProgressReporter _reporter;
        private long _read;

        public PagingProgress(PSCmdlet cmdlet, string entity) => _reporter = new ProgressReporter(cmdlet, $"Reading {entity} records");

        public void Report<T>(int pagesRead, Page<T> page)
        {
            _read += page.Records.Count;
            if (!page.HasNextPage && !_reporter.Shown) return;
            if (page.TotalItems > 0)
                _reporter.Show($"{_read} of {page.TotalItems} ({pagesRead} page(s))", (int)(_read * 100 / page.TotalItems.Value));
            else
                _reporter.Show($"{_read} read ({pagesRead} page(s))");
        }

        public void Complete() => _reporter.Complete();
    }
}
