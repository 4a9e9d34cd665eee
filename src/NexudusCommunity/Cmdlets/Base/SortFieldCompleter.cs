using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>Completes -SortBy with the fields the command's entity can be sorted by (no server call).</summary>
    public sealed class SortFieldCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var fields = SortFieldsOf(commandName);
            var typed = (wordToComplete ?? "").Trim('\'', '"');
            return fields.Where(f => f.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(f => new CompletionResult(f, f, CompletionResultType.ParameterValue, f));
        }

        private static IReadOnlyList<string> SortFieldsOf(string commandName)
        {
            var type = typeof(SortFieldCompleter).Assembly.GetTypes().FirstOrDefault(t =>
                t.GetCustomAttributes(typeof(CmdletAttribute), false).OfType<CmdletAttribute>()
                    .Any(a => string.Equals($"{a.VerbName}-{a.NounName}", commandName, StringComparison.OrdinalIgnoreCase)));
            return type != null && Activator.CreateInstance(type) is ISortable sortable ? sortable.SortableFields : new string[0];
        }
    }

    /// <summary>A command whose output can be sorted on the server by these fields.</summary>
    internal interface ISortable
    {
        IReadOnlyList<string> SortableFields { get; }
    }
}
