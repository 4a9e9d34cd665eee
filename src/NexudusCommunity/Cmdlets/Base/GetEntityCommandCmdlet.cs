using System.Linq;
using System.Management.Automation;
using NexudusCommunity.Connection;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>Get-XCommand for any entity: the actions the server offers, with what each needs.</summary>
    public abstract class GetEntityCommandCmdlet<T> : NexudusCmdlet where T : NexudusRecord
    {
        /// <summary>Only commands whose key matches this (wildcards allowed).</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CommandKeyCompleter))]
        public string Key { get; set; }

        protected abstract EntityDefinition<T> Definition { get; }

        protected override void EndProcessing()
        {
            TryRecord(Key, () =>
            {
                var pattern = NamePattern.Parse(Key);
                var client = ActiveConnection.For(Definition);
                var commands = Run(ct => client.GetCommandsAsync(ct));
                ActiveConnection.CacheCommands(Definition.Name, commands);
                WriteObject(commands.Where(c => pattern == null || pattern.IsMatch(c.Key)), enumerateCollection: true);
            });
        }
    }
}
