using System.Collections;
using System.Management.Automation.Language;

namespace NexudusCommunity.Cmdlets.Completion
{
    /// <summary>
    /// The base of the module's completers: each gets the word typed so far (quotes stripped) and answers what
    /// starts with it; null answers nothing.
    /// </summary>
    public abstract class Completer : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            Complete(commandName, CompletionContext.Typed(wordToComplete), fakeBoundParameters) ?? Enumerable.Empty<CompletionResult>();

        protected abstract IEnumerable<CompletionResult> Complete(string commandName, string typed, IDictionary fakeBoundParameters);

        /// <summary>The values that start with what is typed (any case), each completed as itself.</summary>
        protected static IEnumerable<CompletionResult> StartingWith(IEnumerable<string> values, string typed, Func<string, string> completionText = null) =>
            values.Where(v => v.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(v => new CompletionResult(completionText?.Invoke(v) ?? v, v, CompletionResultType.ParameterValue, v));
    }
}
