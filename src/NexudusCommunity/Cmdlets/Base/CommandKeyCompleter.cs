using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>Tab completion of -Key from the server's command list, cached per connection after the first ask.</summary>
    public sealed class CommandKeyCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var connection = CompletionConnection.From(fakeBoundParameters);
            if (connection == null) return Enumerable.Empty<CompletionResult>();

            var commands = Load(connection, EntityCatalog.CommunityGroups);
            var typed = (wordToComplete ?? "").Trim('\'', '"');
            var pattern = new WildcardPattern(typed + "*", WildcardOptions.IgnoreCase);
            return commands.Where(c => pattern.IsMatch(c.Key))
                .Select(c => new CompletionResult(c.Key, c.Key, CompletionResultType.ParameterValue, $"{c.Name} ({c.EntityCount} records; {CommandArguments.Describe(c.RequiresParameters ?? new CommandParameter[0])})"));
        }

        private static IReadOnlyList<NexudusCommand> Load<T>(NexudusConnection connection, EntityDefinition<T> definition) where T : NexudusRecord
        {
            var cached = connection.CachedCommands(definition.Name);
            if (cached != null) return cached;
            try
            {
                using (var cts = new CancellationTokenSource(CompletionConnection.Patience))
                {
                    var commands = connection.For(definition).GetCommandsAsync(cts.Token).GetAwaiter().GetResult();
                    connection.CacheCommands(definition.Name, commands);
                    return commands;
                }
            }
            catch (Exception)
            {
                return new NexudusCommand[0]; // completion must never throw at the prompt
            }
        }
    }
}
