using System.Collections;

namespace NexudusCommunity.Cmdlets.Completion
{
    /// <summary>Completes -SortBy with the fields the command's entity can be sorted by (no server call).</summary>
    public sealed class SortFieldCompleter : Completer
    {
        protected override IEnumerable<CompletionResult> Complete(string commandName, string typed, IDictionary fakeBoundParameters)
        {
            var spec = CompletionContext.EntityOf(commandName);
            return spec == null ? null : StartingWith(spec.SortFields.Select(f => f.Name), typed);
        }
    }
}
