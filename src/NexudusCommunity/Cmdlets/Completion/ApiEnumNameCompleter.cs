using System.Collections;
using System.Reflection;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Cmdlets.Completion
{
    /// <summary>
    /// Completes -Name of Get-NexudusEnum with the API enums the module's fields mirror ([ApiEnum] on GroupAccess,
    /// CoworkerType...): at once, since the server lists no enum names to ask for.
    /// </summary>
    public sealed class ApiEnumNameCompleter : Completer
    {
        /// <summary>The enum names the module's fields mirror, sorted.</summary>
        internal static readonly string[] Mirrored = typeof(GroupAccess).Assembly.GetTypes()
            .Select(t => t.IsEnum ? t.GetCustomAttribute<ApiEnumAttribute>()?.Name : null).Where(n => n != null)
            .OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToArray();

        protected override IEnumerable<CompletionResult> Complete(string commandName, string typed, IDictionary fakeBoundParameters) =>
            StartingWith(Mirrored, typed);
    }
}
