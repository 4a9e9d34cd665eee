using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using NexudusCommunity.Connection;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// Completes -Name of group and room commands from one list request (up to 1000 names), cached per connection
    /// for a minute: cheap enough for Tab, fresh enough for a session.
    /// </summary>
    public sealed class NameCompleter : IArgumentCompleter
    {
        private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var connection = CompletionConnection.From(fakeBoundParameters);
            if (connection == null) return Enumerable.Empty<CompletionResult>();
            var typed = (wordToComplete ?? "").Trim('\'', '"');
            try
            {
                var names = commandName.IndexOf("VideoRoom", StringComparison.OrdinalIgnoreCase) >= 0
                    ? Names(connection, EntityCatalog.VideoRooms)
                    : Names(connection, EntityCatalog.CommunityGroups);
                return names.Where(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .OrderBy(n => n, StringComparer.OrdinalIgnoreCase)
                    .Select(n => new CompletionResult(Quote(n), n, CompletionResultType.ParameterValue, n));
            }
            catch (Exception)
            {
                return Enumerable.Empty<CompletionResult>();
            }
        }

        private static IReadOnlyList<string> Names<T>(NexudusCommunity.Connection.NexudusConnection connection, EntityDefinition<T> definition) where T : NexudusRecord =>
            connection.CachedLookup(definition.Name + " names", () =>
            {
                using (var cts = new CancellationTokenSource(CompletionConnection.Patience))
                {
                    var client = connection.For(definition);
                    var query = client.NewQuery();
                    query.OrderBy = "Name";
                    return client.GetPageAsync(query, 1, Api.Paging.PagePlan.MaxPageSize, cts.Token).GetAwaiter().GetResult()
                        .Records.Select(definition.NameOf).Where(n => !string.IsNullOrEmpty(n)).ToList();
                }
            }, Freshness);

        private static string Quote(string name) =>
            name.IndexOfAny(new[] { ' ', '\'', '$', '`', '(', ')', '[', ']', ';', ',', '*', '?' }) >= 0 ? "'" + name.Replace("'", "''") + "'" : name;
    }
}
