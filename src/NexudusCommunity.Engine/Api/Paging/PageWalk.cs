using NexudusCommunity.Models;

namespace NexudusCommunity.Api.Paging
{
    /// <summary>
    /// Which page to ask for next, and which of its records are new, while the list may change under the read.
    /// A pipeline such as <c>Get-CommunityGroup | Remove-CommunityGroup</c> does that: every page after the first
    /// would then start further on than it should, and records would be missed. So each record is passed on once
    /// (by Id), and when the server's total shrinks between pages the walk steps back by as much, re-reading what may
    /// have moved forward. An unchanged list costs no extra request.
    /// </summary>
    public sealed class PageWalk<T> where T : NexudusRecord
    {
        private readonly HashSet<long> _passedOn = new HashSet<long>();
        // The list position of the first record not yet passed on.
        private long _position;
        private long? _lastTotal;
        private bool _done;

        public PageWalk(PagePlan plan)
        {
            PageSize = plan.PageSize;
            _position = (long)(plan.FirstPage - 1) * PageSize + plan.SkipOnFirstPage;
        }

        public int PageSize { get; }

        /// <summary>Pages read so far.</summary>
        public int Requests { get; private set; }

        /// <summary>Distinct records passed on so far.</summary>
        public int PassedOn => _passedOn.Count;

        /// <summary>The page to ask for next; null once the list has been read to its end.</summary>
        public int? NextPage => _done ? (int?)null : (int)(_position / PageSize) + 1;

        /// <summary>Takes the answer for <see cref="NextPage"/>: its records not passed on before, in list order.</summary>
        public IReadOnlyList<T> Accept(Page<T> page)
        {
            var pageStart = ((long)(NextPage ?? throw new InvalidOperationException("The list has been read to its end.")) - 1) * PageSize;
            Requests++;
            var fresh = new List<T>();
            for (var i = (int)Math.Max(0, _position - pageStart); i < page.Records.Count; i++)
            {
                var record = page.Records[i];
                if (record.Id > 0 && !_passedOn.Add(record.Id)) continue;
                fresh.Add(record);
            }

            var shrunk = _lastTotal.HasValue && page.TotalItems < _lastTotal ? _lastTotal.Value - page.TotalItems.Value : 0;
            _lastTotal = page.TotalItems ?? _lastTotal;
            if (shrunk > 0) _position = Math.Max(0, _position - shrunk);
            else if (!page.HasNextPage) _done = true;
            else _position = pageStart + page.Records.Count;
            return fresh;
        }
    }
}
