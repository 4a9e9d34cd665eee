using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace NexudusCommunity.Cmdlets.Completion
{
    /// <summary>Completes -SortBy with the fields the command's entity can be sorted by (no server call).</summary>
    public sealed class SortFieldCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var spec = CompletionContext.EntityOf(commandName);
            if (spec == null) return Enumerable.Empty<CompletionResult>();
            var typed = CompletionContext.Typed(wordToComplete);
            return spec.SortFields.Select(f => f.Name).Where(f => f.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(f => new CompletionResult(f, f, CompletionResultType.ParameterValue, f));
        }
    }
}
