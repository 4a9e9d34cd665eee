using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NexudusCommunity.Connection;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// Invoke-XCommand for any entity. Checks the run against the command's metadata before sending anything.
    /// A one-record command runs once per record as they arrive; any other collects the Ids of the whole pipeline
    /// and runs once, in one request.
    /// </summary>
    public abstract class InvokeEntityCommandCmdlet<T> : NexudusCmdlet where T : NexudusRecord
    {
        private readonly List<int> _collected = new List<int>();
        private NexudusCommand _command;
        private IReadOnlyList<(string Type, object Value)> _arguments;
        private bool _refused;

        /// <summary>The command's key (Get-XCommand lists them; Tab completes them).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CommandKeyCompleter))]
        public string Key { get; set; }

        /// <summary>The records to run it on; piped records bind by their Id.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, int.MaxValue)]
        public int[] Id { get; set; }

        /// <summary>The command's parameter values, in the order its metadata lists them.</summary>
        [Parameter(Position = 1)]
        [AllowEmptyCollection]
        public object[] Parameter { get; set; }

        protected abstract EntityDefinition<T> Definition { get; }

        protected override void BeginProcessing()
        {
            try
            {
                var commands = ActiveConnection.CachedCommands(Definition.Name);
                if (commands == null)
                {
                    var client = ActiveConnection.For(Definition);
                    commands = Run(ct => client.GetCommandsAsync(ct));
                    ActiveConnection.CacheCommands(Definition.Name, commands);
                }
                _command = CommandArguments.Find(commands, Key, Definition.Name);
                _arguments = CommandArguments.Convert(_command, Parameter?.Select(p => p is PSObject ps ? ps.BaseObject : p).ToList());
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument(ex.ParamName ?? "Key", ex.Message, Key));
            }
            catch (Api.Errors.NexudusApiException ex)
            {
                ThrowTerminatingError(ErrorRecords.From(ex, Key));
            }
        }

        protected override void ProcessRecord()
        {
            var ids = Id ?? new int[0];
            if (_command.EntityCount == "One")
            {
                foreach (var id in ids.Distinct()) RunOn(new[] { id });
                return;
            }
            _collected.AddRange(ids);
        }

        protected override void EndProcessing()
        {
            if (_command.EntityCount == "One")
            {
                if (!_refused && !MyInvocation.ExpectingInput && (Id == null || Id.Length == 0))
                    ThrowTerminatingError(ErrorRecords.InvalidArgument("Id", CommandArguments.CheckCount(_command, 0), Key));
                return;
            }
            RunOn(_collected.Distinct().ToArray());
        }

        private void RunOn(int[] ids)
        {
            var target = ids.Length == 0 ? (object)_command.Key : ids;
            var problem = CommandArguments.CheckCount(_command, ids.Length);
            if (problem != null)
            {
                _refused = true;
                WriteError(ErrorRecords.InvalidArgument("Id", "Id: " + problem, target));
                return;
            }
            var what = ids.Length == 0 ? Definition.Name + " records" : $"{Definition.Name} {string.Join(", ", ids)}";
            if (!ShouldProcess(what, $"Run command {_command.Key} ({_command.Name})")) return;
            var client = ActiveConnection.For(Definition);
            TryRecord(target, () => WriteObject(Run(ct => client.RunCommandAsync(_command.Key, ids, _arguments, ct))));
        }
    }
}
