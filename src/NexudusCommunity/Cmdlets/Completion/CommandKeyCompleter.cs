using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Completion
{
    /// <summary>Tab completion of -Key from the server's command list of the command's entity, cached per connection after the first ask.</summary>
    public sealed class CommandKeyCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var connection = CompletionContext.Connection(fakeBoundParameters);
            var spec = CompletionContext.EntityOf(commandName);
            if (connection == null || spec == null || !spec.HasCommands) return Enumerable.Empty<CompletionResult>();
            var cache = connection.Cache();
            var commands = cache.Commands(spec.Name);
            if (commands == null)
            {
                commands = CompletionContext.Ask(ct => (IReadOnlyList<NexudusCommand>)typeof(CommandKeyCompleter)
                    .GetMethod(nameof(Load), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
                    .MakeGenericMethod(spec.ModelType).Invoke(null, new object[] { connection, ct }), null);
                if (commands == null) return Enumerable.Empty<CompletionResult>();
                cache.SetCommands(spec.Name, commands);
            }
            var pattern = new WildcardPattern(CompletionContext.Typed(wordToComplete) + "*", WildcardOptions.IgnoreCase);
            return commands.Where(c => pattern.IsMatch(c.Key))
                .Select(c => new CompletionResult(c.Key, c.Key, CompletionResultType.ParameterValue,
                    $"{c.Name} ({c.RecordCount} records; {CommandArguments.Describe(c.RequiresParameters ?? new CommandParameter[0])})"));
        }

        private static IReadOnlyList<NexudusCommand> Load<T>(NexudusConnection connection, System.Threading.CancellationToken ct) where T : NexudusRecord =>
            connection.For<T>().GetCommandsAsync(ct).GetAwaiter().GetResult();
    }
}
