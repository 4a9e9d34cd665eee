using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// Invoke-XCommand for any entity. Server commands can delete, merge and rename, and the module cannot tell
    /// which, so every run is High impact: confirmed unless -Force or -Confirm:$false, and never run unasked in a
    /// non-interactive session. The run is checked against the command's metadata before anything is sent. A
    /// one-record command runs once per record as they arrive; any other collects the records of the whole
    /// pipeline and runs once (a command for one or more records in batches of <see cref="BatchSize"/>).
    /// </summary>
    public abstract class InvokeEntityCommandCmdlet<T> : EntityCmdlet<T> where T : NexudusRecord
    {
        /// <summary>Ids per run of a command that takes any number: large batches time out on the live API.</summary>
        public const int BatchSize = 100;

        private readonly List<RecordRef> _collected = new List<RecordRef>();
        private NexudusCommand _command;
        private IReadOnlyList<CommandArgument> _arguments;
        private bool _listed;
        private bool _idsTaken;
        /// <summary>Whether any record was given (piped, -InputObject or -Id), readable or not.</summary>
        private bool _received;

        /// <summary>The command's key (Get-XCommand lists them; Tab completes them).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CommandKeyCompleter))]
        public string Key { get; set; }

        /// <summary>The records to run it on, by Id.</summary>
        [Parameter]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; }

        /// <summary>Records from Get-X, objects with an Id property (CSV rows), or Ids, from the pipeline.</summary>
        [Parameter(ValueFromPipeline = true)]
        public PSObject InputObject { get; set; }

        /// <summary>The command's parameter values, in the order its metadata lists them.</summary>
        [Parameter(Position = 1)]
        [AllowEmptyCollection]
        public object[] Parameter { get; set; }

        /// <summary>Run a key the server's command list does not name (the list is known to leave out some that run).</summary>
        [Parameter]
        public SwitchParameter AllowUnlistedKey { get; set; }

        /// <summary>Run without asking for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            try
            {
                var client = Client;
                var commands = ActiveConnection.Cache().Commands(Spec.Name, () => Run(ct => client.GetCommandsAsync(ct)));
                _command = CommandArguments.Find(commands, Key);
                _listed = _command != null;
                if (!_listed && !AllowUnlistedKey)
                    throw new ArgumentException(CommandArguments.Unlisted(commands, Key, Spec.Name), "Key");
                if (!_listed)
                {
                    _command = CommandArguments.Unknown(Key, Spec.Name);
                    WriteWarning($"Key: {Key} is not in the server's command list; it is sent as asked, with its parameters as given and no check of what it needs.");
                }
                _arguments = CommandArguments.Convert(_command, Parameter?.Select(p => p is PSObject ps ? ps.BaseObject : p).ToList(), _listed);
            }
            catch (ArgumentException ex)
            {
                var parameter = ex.ParamName ?? "Key";
                ThrowTerminatingError(ErrorRecords.InvalidArgument(parameter, $"{parameter}: {ErrorRecords.MessageOf(ex)}", Key));
            }
            catch (NexudusApiException ex)
            {
                ThrowTerminatingError(ErrorRecords.From(ex, Key));
            }
        }

        protected override void ProcessRecord()
        {
            var refs = new List<RecordRef>();
            _received |= InputObject != null || (Id != null && Id.Length > 0);
            if (InputObject != null && !TryRecord(InputObject, () => refs.Add(RecordInput.Resolve(InputObject, Spec)))) return;
            if (Id != null && !_idsTaken) refs.AddRange(Id.Distinct().Select(id => new RecordRef(id)));
            _idsTaken = true;
            if (_listed && _command.RecordCount == CommandRecordCount.One)
            {
                foreach (var record in Named(refs).GroupBy(r => r.Id).Select(g => g.First())) RunOn(new[] { record });
                return;
            }
            _collected.AddRange(refs.Where(r => _collected.All(c => c.Id != r.Id)));
        }

        protected override void EndProcessing()
        {
            var oneAtATime = _listed && _command.RecordCount == CommandRecordCount.One;
            if (!_received && MyInvocation.ExpectingInput)
            {
                // An empty pipeline (a filter that matched nothing) is nothing to do, as for Remove-Item: never a run on
                // no records, which for a command that takes none, or an unlisted one, would act on the server's choice.
                WriteVerbose($"No {Spec.Name} records came down the pipeline: command {Key} was not run.");
                return;
            }
            if (oneAtATime)
            {
                if (!_received) ThrowTerminatingError(ErrorRecords.InvalidArgument("Id", "Id: " + CommandArguments.CheckCount(_command, 0), Key));
                return; // each ran as it came
            }
            if (_received && _collected.Count == 0) return; // what was given could not be read: each already reported
            var records = Named(_collected);
            if (_collected.Count > 0 && records.Count == 0) return; // every record was missing: each already reported
            if (_listed && _command.RecordCount == CommandRecordCount.Any && records.Count > BatchSize)
            {
                foreach (var batch in records.Select((r, i) => (r, i)).GroupBy(p => p.i / BatchSize, p => p.r)) RunOn(batch.ToArray());
                return;
            }
            RunOn(records.ToArray());
        }

        /// <summary>The records with their names, read in one request for those known only by Id; missing ones are reported and dropped.</summary>
        private IReadOnlyList<RecordRef> Named(IReadOnlyList<RecordRef> records)
        {
            var unnamed = records.Where(r => r.Name == null).Select(r => r.Id).Distinct().ToList();
            if (unnamed.Count == 0 || Spec.NameField == null) return records;
            var client = Client;
            IReadOnlyList<T> found = null;
            if (!TryRecord(unnamed.ToArray(), () => found = Run(ct => client.GetManyAsync(unnamed, ct)))) return new RecordRef[0];
            var named = new List<RecordRef>();
            foreach (var record in records)
            {
                var match = record.Name != null ? null : found.FirstOrDefault(f => f.Id == record.Id);
                if (record.Name == null && match == null)
                {
                    WriteError(ErrorRecords.From(new NexudusApiException(ApiErrorKind.NotFound,
                        $"{Spec.Describe(record.Id)} was not found; command {_command.Key} was not run on it.", 404), record.Id));
                    continue;
                }
                if (match != null) record.Name = Spec.NameOf(match);
                named.Add(record);
            }
            return named;
        }

        private void RunOn(IReadOnlyList<RecordRef> records)
        {
            var ids = records.Select(r => r.Id).ToArray();
            var target = Describe(records);
            if (_listed && CommandArguments.CheckCount(_command, ids.Length) is string problem)
            {
                WriteError(ErrorRecords.InvalidArgument("Id", "Id: " + problem, ids.Length == 0 ? (object)_command.Key : ids));
                return;
            }
            if (!ConfirmWrite(target, $"Run command {_command.Key} ({_command.Name})")) return;
            var client = Client;
            TryRecord(ids.Length == 0 ? (object)_command.Key : ids,
                () => WriteObject(Run(ct => client.RunCommandAsync(_command.Key, ids, _arguments, $"command {_command.Key} on {target}", ct))));
        }

        /// <summary>"CommunityGroup 'Book Club' (Id 42), 'Book Swap' (Id 43)", the first ten of a long list.</summary>
        private string Describe(IReadOnlyList<RecordRef> records)
        {
            if (records.Count == 0) return $"{Spec.Name} records of the server's choosing (the command takes none)";
            const int shown = 10;
            var names = records.Take(shown).Select(r => r.Name == null ? $"Id {r.Id}" : $"'{r.Name}' (Id {r.Id})");
            var more = records.Count > shown ? $" and {records.Count - shown} more" : "";
            return $"{Spec.Name} {string.Join(", ", names)}{more}";
        }
    }
}
