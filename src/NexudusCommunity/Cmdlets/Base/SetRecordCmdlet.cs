using NexudusCommunity.Api.Entities;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// Set-X for any entity. PUT replaces the whole record and clears what is missing, so this reads the current
    /// record, changes only the fields the parameters name, and sends back everything else as the server gave it
    /// (see <see cref="RecordUpdate{T}"/>). Input is a record from Get-X (its own properties are not changes, and
    /// a record that changed on the server since it was read is not overwritten unless -Force), or any object with
    /// an Id, such as a CSV row, whose other columns are the changes.
    /// </summary>
    public abstract class SetRecordCmdlet<T> : RecordWriteCmdlet<T> where T : NexudusRecord
    {
        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, Position = 0)]
        [ValidateRange(1, long.MaxValue)]
        public long Id { get; set; }

        /// <summary>A record from Get-X, or an object with an Id property (a CSV row) whose other properties are the changes.</summary>
        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        public PSObject InputObject { get; set; }

        /// <summary>Overwrite even if the record changed on the server since it was read.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Return the record as saved.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>-Force here overwrites a record changed since it was read; it does not skip the question.</summary>
        protected override bool ForceSkipsQuestion => false;

        protected override string Doing => "Updating";

        /// <summary>Refuses combinations the description cannot rule out (throw <see cref="ParameterException"/>).</summary>
        protected virtual void CheckCombination(IReadOnlyList<FieldValue> values)
        {
        }

        protected override void ProcessRecord()
        {
            RecordRef input;
            try
            {
                input = ParameterSetName == ByIdSet ? new RecordRef(Id) : RecordInput.Resolve(InputObject, Spec);
            }
            catch (ParameterException ex)
            {
                WriteError(ErrorRecords.InvalidArgument(ex.Parameter, ex.Message, InputObject));
                return;
            }
            // Errors about the record name it as scripts know it: the piped record, else its Id.
            TryRecord(input.Record ?? (object)input.Id, () =>
            {
                var values = Changes(input.Record == null);
                var client = Client;
                if (values.Count == 0)
                {
                    if (PassThru) WriteObject(input.Record ?? Run(ct => client.GetAsync(input.Id, ct)));
                    return;
                }
                var update = Run(ct => client.GetForUpdateAsync(input.Id, ct));
                var piped = input.Record;
                var target = Spec.Describe(input.Id, Spec.NameOf(update.Current));
                if (piped != null && !Force && piped.UpdatedOn.HasValue && update.Current.UpdatedOn != piped.UpdatedOn)
                    throw new NexudusApiException(ApiErrorKind.Conflict,
                        $"{target} changed on the server since it was read (UpdatedOn {piped.UpdatedOn:o} then, {update.Current.UpdatedOn:o} now, by {update.Current.UpdatedBy}); it was not overwritten. Read it again, or use -Force.");

                foreach (var value in values) Apply(update, value);
                if (update.Changed.Count == 0)
                {
                    WriteVerbose($"{target}: already as asked; nothing to change.");
                    if (PassThru) WriteObject(update.Current);
                    return;
                }
                if (!ConfirmWrite(target, "Update " + string.Join(", ", update.Changed))) return;
                Run(ct => client.UpdateAsync(update, target, ct));
                if (PassThru) WriteObject(Run(ct => client.GetAsync(input.Id, ct)));
                Progress.RecordDone(target);
            });
        }

        /// <summary>The checked changes for the record in hand; a warning when none was given at all.</summary>
        private IReadOnlyList<FieldValue> Changes(bool pipelineCounts)
        {
            var values = FieldValues(pipelineCounts)
                .Select(v => new FieldValue(v.Parameter, v.Field,
                    v.Use == FieldUse.Set ? FieldChecks.Check(v.Field, v.Parameter, v.Value) : FieldChecks.Ids(v.Parameter, v.Value as System.Collections.IEnumerable), v.Use))
                .ToList();
            foreach (var whole in values.Where(v => v.Use == FieldUse.Set))
            {
                var delta = values.FirstOrDefault(v => v.Use != FieldUse.Set && v.Field == whole.Field);
                if (delta != null)
                    throw new ParameterException(whole.Parameter, $"{whole.Parameter}: replaces the whole list, so it cannot be combined with -{delta.Parameter}.");
            }
            var adds = values.Where(v => v.Use == FieldUse.AddIds).ToList();
            foreach (var add in adds)
            {
                var remove = values.FirstOrDefault(v => v.Use == FieldUse.RemoveIds && v.Field == add.Field);
                var both = remove == null ? new long[0] : ((long[])add.Value).Intersect((long[])remove.Value).ToArray();
                if (both.Length > 0)
                    throw new ParameterException(add.Parameter, $"{add.Parameter}: {string.Join(", ", both)} also named in -{remove.Parameter}.");
            }
            CheckCombination(values);
            if (values.Count == 0)
                WriteWarning($"No change was given for {Spec.Name} {(InputObject == null ? Id.ToString() : "input")}: nothing was sent. Name the fields to change as parameters (or CSV columns).");
            return values;
        }

        private static void Apply(RecordUpdate<T> update, FieldValue value)
        {
            switch (value.Use)
            {
                case FieldUse.AddIds:
                    update.ChangeIds(value.Field, (long[])value.Value, null);
                    break;
                case FieldUse.RemoveIds:
                    update.ChangeIds(value.Field, null, (long[])value.Value);
                    break;
                default:
                    if (value.Value is bool flag && value.Field.IsWriteOnly && !flag) return; // -ClearImageFile:$false asks nothing
                    update.Set(value.Field, value.Value);
                    break;
            }
        }
    }
}
