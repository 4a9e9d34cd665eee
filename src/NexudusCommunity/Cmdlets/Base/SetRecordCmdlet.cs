using System.Collections.Generic;
using System.Management.Automation;
using NexudusCommunity.Connection;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// Set-X for any entity. PUT replaces the whole record and clears what is missing, so this always reads the
    /// current record, changes only the named fields, and writes it all back. A piped record that changed on the
    /// server since it was read is not overwritten unless -Force.
    /// </summary>
    public abstract class SetRecordCmdlet<T> : NexudusCmdlet where T : NexudusRecord
    {
        protected const string ByIdSet = "ById";
        protected const string InputObjectSet = "InputObject";

        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true, Position = 0)]
        [ValidateRange(1, int.MaxValue)]
        public int Id { get; set; }

        /// <summary>A record from Get-X; its UpdatedOn guards against overwriting someone else's change.
        /// (The default set: PowerShell binds piped input to the default set first, and a piped record must land here.)</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public T InputObject { get; set; }

        /// <summary>Overwrite even if the record changed on the server since it was read.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Return the record as saved.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected abstract EntityDefinition<T> Definition { get; }

        private BulkProgress _progress;

        private BulkProgress Progress => _progress ?? (_progress = new BulkProgress(this, $"Updating {Definition.Name} records"));

        protected override void EndProcessing() => _progress?.Complete();

        /// <summary>Applies the bound parameters to the current record; returns the names of the fields changed.</summary>
        protected abstract IReadOnlyList<string> ApplyChanges(T current);

        /// <summary>Refuses impossible combinations of parameters before anything is read or sent.</summary>
        protected virtual void CheckParameters()
        {
        }

        protected override void ProcessRecord()
        {
            var id = InputObject?.Id ?? Id;
            var target = (object)InputObject ?? id;
            TryRecord(target, () =>
            {
                if (id <= 0) throw BadArgument("Id", "Id: the record to update has no Id (it must come from Get-" + Definition.Name + ").");
                CheckParameters();
                var client = ActiveConnection.For(Definition);
                var current = Run(ct => client.GetAsync(id, ct));
                if (InputObject != null && !Force && InputObject.UpdatedOn.HasValue && current.UpdatedOn != InputObject.UpdatedOn)
                    throw new NexudusApiException(ApiErrorKind.Conflict,
                        $"{Definition.Describe(id)} changed on the server since it was read (UpdatedOn {InputObject.UpdatedOn:o} then, {current.UpdatedOn:o} now, by {current.UpdatedBy}); it was not overwritten. Read it again, or use -Force.");

                var changed = ApplyChanges(current);
                if (changed.Count == 0)
                {
                    WriteVerbose($"{Definition.Describe(id)}: nothing to change.");
                    if (PassThru) WriteObject(current);
                    return;
                }
                if (!ShouldProcess(Definition.Describe(id), "Update " + string.Join(", ", changed))) return;
                Run(ct => client.UpdateAsync(current, ct));
                if (PassThru) WriteObject(Run(ct => client.GetAsync(id, ct)));
                Progress.RecordDone(Definition.Describe(id));
            });
        }
    }
}
