using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NexudusCommunity.Connection;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Api.Paging;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// Get-X for any entity: full records by -Id, or a filtered, sorted list streamed a page at a time with
    /// -First/-Skip/-IncludeTotalCount costing no more pages than needed. Derived cmdlets declare their filters.
    /// </summary>
    public abstract class GetRecordCmdlet<T> : NexudusCmdlet, ISortable where T : NexudusRecord
    {
        protected const string ByIdSet = "ById";
        protected const string ListSet = "List";

        /// <summary>Ids of the records to get, in full (collections included).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Position = 0)]
        [ValidateRange(1, int.MaxValue)]
        public int[] Id { get; set; }

        /// <summary>The field to sort by.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SortFieldCompleter))]
        public string SortBy { get; set; }

        /// <summary>Sort from last to first.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Descending { get; set; }

        protected abstract EntityDefinition<T> Definition { get; }

        /// <summary>Fields the server can sort by.</summary>
        protected abstract IReadOnlyList<string> SortFields { get; }

        IReadOnlyList<string> ISortable.SortableFields => SortFields;

        /// <summary>Adds the bound filter parameters to the server query.</summary>
        protected abstract void AddFilters(ListQuery query);

        /// <summary>Filters the server cannot apply exactly (wildcards); null when there are none.</summary>
        protected virtual Func<T, bool> LocalFilter => null;

        protected override void BeginProcessing()
        {
            if (SortBy != null && !SortFields.Contains(SortBy, StringComparer.OrdinalIgnoreCase))
                ThrowTerminatingError(ErrorRecords.InvalidArgument("SortBy",
                    $"SortBy: '{SortBy}' is not a field {Definition.Name} can be sorted by. Use one of: {string.Join(", ", SortFields)}.", SortBy));
        }

        protected override void ProcessRecord()
        {
            var client = ActiveConnection.For(Definition);
            if (ParameterSetName == ByIdSet)
            {
                foreach (var id in Id.Distinct())
                    TryRecord(id, () => WriteObject(Run(ct => client.GetAsync(id, ct))));
                return;
            }
            TryRecord(null, () => List(client));
        }

        private void List(EntityClient<T> client)
        {
            var query = client.NewQuery();
            query.OrderBy = SortBy == null ? null : SortFields.First(f => f.Equals(SortBy, StringComparison.OrdinalIgnoreCase));
            query.Descending = Descending;
            AddFilters(query);

            if (PagingParameters.First == 0) return;
            var filter = LocalFilter;
            var plan = PagePlan.For(PagingParameters.Skip, WantedCount, serverSideWindow: filter == null);
            ulong skipped = 0, emitted = 0;
            var progress = new PagingProgress(this, Definition.Name);
            try
            {
                ReadPages(client, query, plan, filter, progress, ref skipped, ref emitted);
            }
            finally
            {
                progress.Complete();
            }
        }

        /// <summary>
        /// Streams the pages. A pipeline such as <c>Get-CommunityGroup | Remove-CommunityGroup</c> changes the list while
        /// it is read: every page after the first would then start further on than it should, and records would be
        /// missed. So each record is passed on once (by Id), and when the server's total shrinks between pages the
        /// read steps back by as much, re-reading what may have moved forward. An unchanged list costs no extra request.
        /// </summary>
        private void ReadPages(EntityClient<T> client, ListQuery query, PagePlan plan, Func<T, bool> filter, PagingProgress progress,
            ref ulong skipped, ref ulong emitted)
        {
            var size = plan.PageSize;
            // The list position of the first record not yet passed on.
            var position = (long)(plan.FirstPage - 1) * size + plan.SkipOnFirstPage;
            var passedOn = new HashSet<int>();
            long? lastTotal = null;
            for (var requests = 1; ; requests++)
            {
                var page = (int)(position / size) + 1;
                var result = Run(ct => client.GetPageAsync(query, page, size, ct));
                if (requests == 1 && PagingParameters.IncludeTotalCount)
                    WriteObject(PagingParameters.NewTotalCount((ulong)(result.TotalItems ?? result.Records.Count), filter == null ? 1.0 : 0.5));

                var pageStart = (long)(page - 1) * size;
                for (var i = (int)Math.Max(0, position - pageStart); i < result.Records.Count; i++)
                {
                    var record = result.Records[i];
                    if (record.Id > 0 && !passedOn.Add(record.Id)) continue;
                    if (filter != null)
                    {
                        if (!filter(record)) continue;
                        if (skipped < PagingParameters.Skip)
                        {
                            skipped++;
                            continue;
                        }
                    }
                    WriteObject(record);
                    if (++emitted >= PagingParameters.First) return;
                }
                progress.Report(requests, passedOn.Count, result);

                var shrunk = lastTotal.HasValue && result.TotalItems < lastTotal ? lastTotal.Value - result.TotalItems.Value : 0;
                lastTotal = result.TotalItems ?? lastTotal;
                if (shrunk > 0)
                {
                    position = Math.Max(0, position - shrunk);
                    continue;
                }
                if (!result.HasNextPage) return;
                position = pageStart + result.Records.Count;
            }
        }

        /// <summary>-First, or null when all records are wanted.</summary>
        private ulong? WantedCount => PagingParameters.First == ulong.MaxValue ? (ulong?)null : PagingParameters.First;
    }
}
