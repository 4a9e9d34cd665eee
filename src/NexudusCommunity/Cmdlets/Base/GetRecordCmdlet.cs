using System.Reflection;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Api.Paging;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// Get-X for any entity: full records by -Id, or a filtered, sorted list streamed a page at a time with
    /// -First/-Skip/-IncludeTotalCount costing no more pages than needed. A derived cmdlet only declares its filter
    /// parameters, named as the fields they filter (see <see cref="ListFilters{T}"/>).
    /// </summary>
    public abstract class GetRecordCmdlet<T> : EntityCmdlet<T> where T : NexudusRecord
    {
        protected const string ByIdSet = "ById";
        protected const string ListSet = "List";

        private ListFilters<T> _filters;

        /// <summary>Ids of the records to get, in full (collections included).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Position = 0)]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; }

        /// <summary>The field to sort by.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SortFieldCompleter))]
        public string SortBy { get; set; }

        /// <summary>Sort from last to first.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Descending { get; set; }

        // Every record has CreatedOn and UpdatedOn, so every list filters on them (see RangeValues).
        [Parameter(ParameterSetName = ListSet)]
        public DateTime? CreatedAfter { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? CreatedBefore { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? UpdatedAfter { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? UpdatedBefore { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (SortBy != null && Spec.SortFields.All(f => !f.Name.Equals(SortBy, StringComparison.OrdinalIgnoreCase)))
                ThrowTerminatingError(ErrorRecords.InvalidArgument("SortBy",
                    $"SortBy: '{SortBy}' is not a field {Spec.Name} can be sorted by. Use one of: {string.Join(", ", Spec.SortFields)}.", SortBy));
            if (ParameterSetName == ByIdSet) return;
            try
            {
                _filters = ListFilters<T>.From(this, FieldValues(pipelineCounts: false));
            }
            catch (ParameterException ex)
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument(ex.Parameter, ex.Message, null));
            }
            catch (NexudusApiException ex)
            {
                ThrowTerminatingError(ErrorRecords.From(ex, null));
            }
        }

        protected override void ProcessRecord()
        {
            var client = Client;
            if (ParameterSetName == ByIdSet)
            {
                var ids = Id.Distinct().ToList();
                if (ids.Count > 1 && Spec.BatchReadsFullRecords)
                {
                    ReadBatch(client, ids);
                    return;
                }
                foreach (var id in ids)
                    TryRecord(id, () => WriteObject(Run(ct => client.GetAsync(id, ct))));
                return;
            }
            TryRecord(null, () => List(client, FiltersFromPipeline() ?? _filters));
        }

        /// <summary>Filters bound from the pipeline (threads piped into Get-CommunityMessage) differ for each record piped.</summary>
        private ListFilters<T> FiltersFromPipeline() =>
            Fields.Values(pipelineCounts: true).Any(v => !Fields.FromCommandLine(v.Parameter))
                ? ListFilters<T>.From(this, FieldValues(pipelineCounts: true))
                : null;

        /// <summary>Many Ids in one request (per hundred), in the order asked; each missing one is an error of its own.</summary>
        private void ReadBatch(EntityClient<T> client, List<long> ids)
        {
            IReadOnlyList<T> found = null;
            if (!TryRecord(ids.ToArray(), () => found = Run(ct => client.GetManyAsync(ids, ct)))) return;
            foreach (var id in ids)
            {
                var record = found.FirstOrDefault(r => r.Id == id);
                if (record != null) WriteObject(record);
                else WriteError(ErrorRecords.From(new NexudusApiException(ApiErrorKind.NotFound, $"{Spec.Describe(id)} was not found.", 404), id));
            }
        }

        private void List(EntityClient<T> client, ListFilters<T> filters)
        {
            var query = client.NewQuery();
            query.OrderBy = SortBy == null ? null : Spec.SortFields.First(f => f.Name.Equals(SortBy, StringComparison.OrdinalIgnoreCase)).Name;
            query.Descending = Descending;
            filters.AddTo(query);

            if (PagingParameters.First == 0) return;
            var progress = new PagingProgress(this, Spec.Name);
            try
            {
                ReadPages(client, query, filters.Local, progress);
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

        /// <summary>The -&lt;Range&gt;After / -&lt;Range&gt;Before parameters of the cmdlet that were given.</summary>
        internal IEnumerable<(string Parameter, string Range, bool After, DateTime Value)> RangeValues()
        {
            foreach (var property in GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.PropertyType != typeof(DateTime?) || !IsBound(property.Name)) continue;
                var after = property.Name.EndsWith("After", StringComparison.Ordinal);
                if (!after && !property.Name.EndsWith("Before", StringComparison.Ordinal)) continue;
                var value = (DateTime?)property.GetValue(this);
                if (value.HasValue) yield return (property.Name, property.Name.Substring(0, property.Name.Length - (after ? 5 : 6)), after, value.Value);
            }
        }
    }
}
