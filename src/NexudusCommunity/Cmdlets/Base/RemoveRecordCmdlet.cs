using NexudusCommunity.Api.Errors;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// Remove-X for any entity: by -Id or piped records, confirmed (High impact) unless -Force. Every confirmation
    /// names the record by name and Id: records known only by Id are read first (one request for all the -Id
    /// values), which also reports a missing record without sending a DELETE.
    /// </summary>
    public abstract class RemoveRecordCmdlet<T> : RecordWriteCmdlet<T> where T : NexudusRecord
    {
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; }

        /// <summary>A record from Get-X, or an object with an Id property (such as a CSV row), or an Id.</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        public PSObject InputObject { get; set; }

        /// <summary>Remove without asking for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override string Doing => "Removing";

        protected override void ProcessRecord()
        {
            var client = Client;
            if (ParameterSetName == ByIdSet)
            {
                var ids = Id.Distinct().ToList();
                RecordRef[] known = null;
                if (!TryRecord(ids.ToArray(), () => known = Run(ct => client.GetManyAsync(ids, ct)).Select(r => new RecordRef(r.Id, Spec.NameOf(r), r)).ToArray()))
                    return;
                foreach (var id in ids)
                {
                    var found = known.FirstOrDefault(r => r.Id == id);
                    TryRecord(id, () =>
                    {
                        if (found == null) throw new NexudusApiException(ApiErrorKind.NotFound, $"{Spec.Describe(id)} was not found; nothing was removed.", 404);
                        Remove(found);
                    });
                }
                return;
            }
            TryRecord(InputObject, () =>
            {
                var input = RecordInput.Resolve(InputObject, Spec);
                if (input.Name == null && Spec.NameField != null) input.Name = Spec.NameOf(Run(ct => client.GetAsync(input.Id, ct)));
                Remove(input);
            });
        }

        private void Remove(RecordRef record)
        {
            var target = Spec.Describe(record.Id, record.Name);
            if (!ConfirmWrite(target, "Remove")) return;
            Run(ct => Client.DeleteAsync(record.Id, target, ct));
            Progress.RecordDone(target);
        }
    }
}
