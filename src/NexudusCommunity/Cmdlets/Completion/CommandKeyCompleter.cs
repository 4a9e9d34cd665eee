using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Completion
{
    /// <summary>Tab completion of -Key from the server's command list of the command's entity, cached per connection after the first ask.</summary>
    public sealed class CommandKeyCompleter : Completer
    {
        protected override IEnumerable<CompletionResult> Complete(string commandName, string typed, IDictionary fakeBoundParameters)
        {
            var connection = CompletionContext.Connection(fakeBoundParameters);
            var spec = CompletionContext.EntityOf(commandName);
            if (connection == null || spec == null || !spec.HasCommands) return null;
            var cache = connection.Cache();
            var commands = cache.Commands(spec.Name);
            if (commands == null)
            {
                commands = CompletionContext.Ask(ct => CompletionContext.LoadFor<IReadOnlyList<NexudusCommand>>(typeof(CommandKeyCompleter), spec, connection, ct), null);
                if (commands == null) return null;
                cache.SetCommands(spec.Name, commands);
            }
            var pattern = new WildcardPattern(typed + "*", WildcardOptions.IgnoreCase);
            return commands.Where(c => pattern.IsMatch(c.Key))
                .Select(c => new CompletionResult(c.Key, c.Key, CompletionResultType.ParameterValue,
                    $"{c.Name} ({c.RecordCount} records; {CommandArguments.Describe(c.RequiresParameters ?? new CommandParameter[0])})"));
        }

        private static IReadOnlyList<NexudusCommand> Load<T>(NexudusConnection connection, System.Threading.CancellationToken ct) where T : NexudusRecord =>
            connection.For<T>().GetCommandsAsync(ct).GetAwaiter().GetResult();
    }
}
