using NexudusCommunity.Api;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Cmdlets.Completion
{
    /// <summary>Completes -BusinessId with the account's businesses (listed once per connection, then cached).</summary>
    public sealed class BusinessIdCompleter : ServerCompleter<IReadOnlyList<(long Id, string Name)>>
    {
        protected override EntitySpec EntityToComplete(string commandName) => EntitySpec.Of<Business>();

        protected override bool Serves(EntitySpec spec) => true;

        protected override IReadOnlyList<(long Id, string Name)> Kept(SessionCache cache, EntitySpec spec, Func<IReadOnlyList<(long Id, string Name)>> ask) =>
            cache.Lookup("businesses", () => ask() ?? new List<(long Id, string Name)>());

        protected override IEnumerable<CompletionResult> Matching(IReadOnlyList<(long Id, string Name)> businesses, string typed) =>
            businesses
                .Where(b => b.Id.ToString().StartsWith(typed) || (b.Name ?? "").StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(b => new CompletionResult(b.Id.ToString(), $"{b.Id} {b.Name}", CompletionResultType.ParameterValue, b.Name ?? b.Id.ToString()));

        private static IReadOnlyList<(long Id, string Name)> Load<T>(NexudusConnection connection, System.Threading.CancellationToken ct) where T : NexudusRecord
        {
            var client = connection.For<T>();
            return FirstPage(client, client.NewQuery(), ct).Select(b => (b.Id, client.Spec.NameOf(b))).ToList();
        }
    }
}
