using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Connection;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>Completes -BusinessId with the account's businesses (listed once per connection, then cached).</summary>
    public sealed class BusinessIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var connection = CompletionConnection.From(fakeBoundParameters);
            if (connection == null) return Enumerable.Empty<CompletionResult>();
            var typed = (wordToComplete ?? "").Trim('\'', '"');
            try
            {
                var businesses = connection.CachedLookup("businesses", () =>
                {
                    using (var cts = new CancellationTokenSource(CompletionConnection.Patience))
                    {
                        var client = connection.For(EntityCatalog.Businesses);
                        return client.GetPageAsync(client.NewQuery(), 1, Api.Paging.PagePlan.MaxPageSize, cts.Token).GetAwaiter().GetResult()
                            .Records.Select(b => (b.Id, b.Name)).ToList();
                    }
                });
                return businesses
                    .Where(b => b.Id.ToString().StartsWith(typed) || (b.Name ?? "").StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                    .Select(b => new CompletionResult(b.Id.ToString(), $"{b.Id} {b.Name}", CompletionResultType.ParameterValue, b.Name ?? b.Id.ToString()));
            }
            catch (Exception)
            {
                return Enumerable.Empty<CompletionResult>(); // completion must never throw at the prompt
            }
        }
    }

    internal static class CompletionConnection
    {
        public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

        /// <summary>The -Connection already typed on the line, else the runspace's default.</summary>
        public static NexudusConnection From(IDictionary fakeBoundParameters)
        {
            var given = fakeBoundParameters?["Connection"];
            var connection = (given as PSObject)?.BaseObject as NexudusConnection ?? given as NexudusConnection ?? ConnectionRegistry.Current;
            return connection == null || connection.IsDisposed ? null : connection;
        }
    }
}
