using NexudusCommunity.Api;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Cmdlets.Completion
{
    /// <summary>Tab completion of -Key from the server's command list of the command's entity, cached per connection after the first ask.</summary>
    public sealed class CommandKeyCompleter : ServerCompleter<IReadOnlyList<NexudusCommand>>
    {
        protected override bool Serves(EntitySpec spec) => spec.HasCommands;

        protected override IReadOnlyList<NexudusCommand> Kept(SessionCache cache, EntitySpec spec, Func<IReadOnlyList<NexudusCommand>> ask) =>
            cache.Commands(spec.Name, ask);

        protected override IEnumerable<CompletionResult> Matching(IReadOnlyList<NexudusCommand> commands, string typed)
        {
            var pattern = new WildcardPattern(typed + "*", WildcardOptions.IgnoreCase);
            return commands.Where(c => pattern.IsMatch(c.Key))
                .Select(c => new CompletionResult(c.Key, c.Key, CompletionResultType.ParameterValue,
                    $"{c.Name} ({c.RecordCount} records; {CommandArguments.Describe(c.RequiresParameters ?? new CommandParameter[0])})"));
        }

        private static IReadOnlyList<NexudusCommand> Load<T>(NexudusConnection connection, System.Threading.CancellationToken ct) where T : NexudusRecord =>
            connection.For<T>().GetCommandsAsync(ct).GetAwaiter().GetResult();
    }
}
