using System;
using System.Management.Automation;
using NexudusCommunity.Api.Paging;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// Progress for reads that span pages: shown from the second page on (one page is "a moment"), with the
    /// API's total. PowerShell itself honours $ProgressPreference; a host without a UI gets nothing.
    /// </summary>
    internal sealed class PagingProgress
    {
        private static readonly Random ActivityIds = new Random();
        private readonly Cmdlet _cmdlet;
        private readonly string _entity;
        private readonly int _activityId;
        private long _read;
        private bool _shown;

        public PagingProgress(Cmdlet cmdlet, string entity)
        {
            _cmdlet = cmdlet;
            _entity = entity;
            lock (ActivityIds) _activityId = ActivityIds.Next(1000, int.MaxValue);
        }

        private bool HostHasUi => (_cmdlet as PSCmdlet)?.Host?.UI != null;

        public void Report<T>(int pagesRead, Page<T> page)
        {
            _read += page.Records.Count;
            if (!page.HasNextPage && !_shown) return;
            if (!HostHasUi) return;
            _shown = true;
            var record = new ProgressRecord(_activityId, $"Reading {_entity} records", page.TotalItems.HasValue
                ? $"{_read} of {page.TotalItems} ({pagesRead} page(s))"
                : $"{_read} read ({pagesRead} page(s))");
            if (page.TotalItems > 0) record.PercentComplete = (int)Math.Min(100, _read * 100 / page.TotalItems.Value);
            _cmdlet.WriteProgress(record);
        }

        public void Complete()
        {
            if (!_shown || !HostHasUi) return;
            _cmdlet.WriteProgress(new ProgressRecord(_activityId, $"Reading {_entity} records", "Done") { RecordType = ProgressRecordType.Completed });
        }
    }
}
