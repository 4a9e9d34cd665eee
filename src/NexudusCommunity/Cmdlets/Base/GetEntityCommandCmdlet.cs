using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>Get-XCommand for any entity: the actions the server offers, with what each needs.</summary>
    public abstract class GetEntityCommandCmdlet<T> : EntityCmdlet<T> where T : NexudusRecord
    {
        /// <summary>Only commands whose key matches this (wildcards allowed).</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CommandKeyCompleter))]
        public string Key { get; set; }

        protected override void EndProcessing()
        {
            TryRecord(Key, () =>
            {
                var pattern = NamePattern.Parse(Key, "Key");
                var client = Client;
                var commands = Run(ct => client.GetCommandsAsync(ct));
                ActiveConnection.Cache().SetCommands(Spec.Name, commands);
                WriteObject(commands.Where(c => pattern == null || pattern.IsMatch(c.Key)), enumerateCollection: true);
            });
        }
    }
}
