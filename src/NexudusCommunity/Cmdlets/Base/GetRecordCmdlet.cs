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
            var progress = new PagingProgress(this, Definition.Name);
            try
            {
                ReadPages(client, query, filter, progress);
            }
            finally
            {
                progress.Complete();
            }
        }

        /// <summary>Streams the pages (see <see cref="PageWalk{T}"/>), applying -Skip/-First here when a local filter runs.</summary>
        private void ReadPages(EntityClient<T> client, ListQuery query, Func<T, bool> filter, PagingProgress progress)
        {
            var walk = new PageWalk<T>(PagePlan.For(PagingParameters.Skip, WantedCount, serverSideWindow: filter == null));
            ulong skipped = 0, emitted = 0;
            for (var next = walk.NextPage; next != null; next = walk.NextPage)
            {
                var page = next.Value;
                var result = Run(ct => client.GetPageAsync(query, page, walk.PageSize, ct));
                if (walk.Requests == 0 && PagingParameters.IncludeTotalCount)
                    WriteObject(PagingParameters.NewTotalCount((ulong)(result.TotalItems ?? result.Records.Count), filter == null ? 1.0 : 0.5));

                foreach (var record in walk.Accept(result))
                {
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
                progress.Report(walk.Requests, walk.PassedOn, result);
            }
        }

        /// <summary>-First, or null when all records are wanted.</summary>
        private ulong? WantedCount => PagingParameters.First == ulong.MaxValue ? (ulong?)null : PagingParameters.First;
    }
}
