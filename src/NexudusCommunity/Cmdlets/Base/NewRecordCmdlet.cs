using System.Management.Automation;
using NexudusCommunity.Connection;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>New-X for any entity: build the record from parameters, create it, and return it as read back.</summary>
    public abstract class NewRecordCmdlet<T> : NexudusCmdlet where T : NexudusRecord
    {
        /// <summary>The piped object itself, so values PowerShell could not bind are reported instead of dropped.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject PipelineInput { get; set; }

        protected abstract EntityDefinition<T> Definition { get; }

        private BulkProgress _progress;

        private BulkProgress Progress => _progress ?? (_progress = new BulkProgress(this, $"Creating {Definition.Name} records"));

        protected override void EndProcessing() => _progress?.Complete();

        /// <summary>The record to create, from the bound parameters; throw <see cref="NexudusCmdlet.BadArgument"/> for bad input.</summary>
        protected abstract T BuildRecord();

        protected override void ProcessRecord()
        {
            T record = null;
            TryRecord(null, () =>
            {
                PipelineInputCheck.ThrowIfDropped(this, PipelineInput);
                record = BuildRecord();
                if (!ShouldProcess(Definition.Describe(record), "Create")) return;
                var client = ActiveConnection.For(Definition);
                var id = Run(ct => client.CreateAsync(record, ct));
                WriteObject(Run(ct => client.GetAsync(id, ct)));
                Progress.RecordDone(Definition.Describe(record));
            });
        }
    }
}
