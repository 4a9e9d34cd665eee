using NexudusCommunity.Api;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Cmdlets.Completion
{
    /// <summary>
    /// Completes a name from the server (up to 1000, one list request sorted by name), cached per connection for a
    /// minute: cheap enough for Tab, fresh enough for a session. This one completes names of the command's own
    /// entity (-Name of Get-CommunityGroup); <see cref="NameCompleter{T}"/> those of another (a -CommunityGroup parameter).
    /// </summary>
    public class NameCompleter : ServerCompleter<IReadOnlyList<string>>
    {
        private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

        protected override bool Serves(EntitySpec spec) => spec.NameField != null && spec.Path != null;

        protected override IReadOnlyList<string> Kept(SessionCache cache, EntitySpec spec, Func<IReadOnlyList<string>> ask) =>
            cache.Lookup(spec.Name + " names", () => ask() ?? new string[0], Freshness);

        protected override IEnumerable<CompletionResult> Matching(IReadOnlyList<string> names, string typed) =>
            StartingWith(names, typed, CompletionContext.Quote);

        private static IReadOnlyList<string> Load<T>(NexudusConnection connection, System.Threading.CancellationToken ct) where T : NexudusRecord
        {
            var client = connection.For<T>();
            var query = client.NewQuery();
            if (client.Spec.NameField.IsSortable) query.OrderBy = client.Spec.NameField.Name;
            return FirstPage(client, query, ct).Select(r => client.Spec.NameOf(r)).Where(n => !string.IsNullOrEmpty(n))
                .Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
        }
    }

    /// <summary>Completes names of entity <typeparamref name="T"/>, whatever the command (a parameter referring to it).</summary>
    public abstract class NameCompleter<T> : NameCompleter where T : NexudusRecord
    {
        protected override EntitySpec EntityToComplete(string commandName) => EntitySpec.Of<T>();
    }

    /// <summary>Completes a parameter that names a community group (-Group, -CommunityGroup).</summary>
    public sealed class CommunityGroupNameCompleter : NameCompleter<CommunityGroup>
    {
    }
}
