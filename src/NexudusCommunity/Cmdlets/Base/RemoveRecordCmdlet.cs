using System.Linq;
using System.Management.Automation;
using NexudusCommunity.Connection;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>Remove-X for any entity: by -Id or piped records, confirmed (High impact) unless -Force.</summary>
    public abstract class RemoveRecordCmdlet<T> : NexudusCmdlet where T : NexudusRecord
    {
        [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Position = 0)]
        [ValidateRange(1, int.MaxValue)]
        public int[] Id { get; set; }

        /// <summary>Remove without asking for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected abstract EntityDefinition<T> Definition { get; }

        private BulkProgress _progress;

        private BulkProgress Progress => _progress ?? (_progress = new BulkProgress(this, $"Removing {Definition.Name} records"));

        protected override void EndProcessing() => _progress?.Complete();

        protected override void ProcessRecord()
        {
            var client = ActiveConnection.For(Definition);
            foreach (var id in Id.Distinct())
            {
                TryRecord(id, () =>
                {
                    if (!Confirm(Force, Definition.Describe(id), "Remove")) return;
                    Run(ct => client.DeleteAsync(id, ct));
                    Progress.RecordDone(Definition.Describe(id));
                });
            }
        }
    }
}
