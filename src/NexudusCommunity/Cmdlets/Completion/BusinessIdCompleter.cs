using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NexudusCommunity.Api.Paging;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Completion
{
    /// <summary>Completes -BusinessId with the account's businesses (listed once per connection, then cached).</summary>
    public sealed class BusinessIdCompleter : Completer
    {
        protected override IEnumerable<CompletionResult> Complete(string commandName, string typed, IDictionary fakeBoundParameters)
        {
            var connection = CompletionContext.Connection(fakeBoundParameters);
            if (connection == null) return null;
            var businesses = connection.Cache().Lookup("businesses", () => CompletionContext.Ask(ct =>
            {
                var client = connection.For<Business>();
                return client.GetPageAsync(client.NewQuery(), 1, PagePlan.MaxPageSize, ct).GetAwaiter().GetResult()
                    .Records.Select(b => (b.Id, b.Name)).ToList();
            }, new List<(long Id, string Name)>()));
            return businesses
                .Where(b => b.Id.ToString().StartsWith(typed) || (b.Name ?? "").StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(b => new CompletionResult(b.Id.ToString(), $"{b.Id} {b.Name}", CompletionResultType.ParameterValue, b.Name ?? b.Id.ToString()));
        }
    }
}
