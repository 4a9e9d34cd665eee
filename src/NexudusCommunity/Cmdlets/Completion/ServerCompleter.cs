using System.Collections;
using System.Threading;
using NexudusCommunity.Api;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Api.Paging;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Cmdlets.Completion
{
    /// <summary>
    /// The base of completers whose values come from the server. With no live connection, or for an entity they do
    /// not serve, they answer nothing; otherwise they complete from what the connection keeps, and ask the server
    /// (bounded in time, never throwing: <see cref="CompletionContext.Ask"/>) only when it keeps nothing yet. Each
    /// subclass reads its values in a private static Load&lt;T&gt;(connection, ct) for the entity's model type.
    /// </summary>
    public abstract class ServerCompleter<TValues> : Completer where TValues : class
    {
        protected sealed override IEnumerable<CompletionResult> Complete(string commandName, string typed, IDictionary fakeBoundParameters)
        {
            var connection = CompletionContext.Connection(fakeBoundParameters);
            var spec = EntityToComplete(commandName);
            if (connection == null || spec == null || !Serves(spec)) return null;
            var values = Kept(connection.Cache(), spec,
                () => CompletionContext.Ask(ct => CompletionContext.LoadFor<TValues>(GetType(), spec, connection, ct), null));
            return values == null ? null : Matching(values, typed);
        }

        /// <summary>The entity whose values complete the parameter: the command's own unless overridden.</summary>
        protected virtual EntitySpec EntityToComplete(string commandName) => CompletionContext.EntityOf(commandName);

        /// <summary>Whether the entity has values of this kind at all (a name field, commands).</summary>
        protected abstract bool Serves(EntitySpec spec);

        /// <summary>The values the connection keeps, else those <paramref name="ask"/> reads (null: the server did not answer).</summary>
        protected abstract TValues Kept(SessionCache cache, EntitySpec spec, Func<TValues> ask);

        protected abstract IEnumerable<CompletionResult> Matching(TValues values, string typed);

        /// <summary>One list request, the largest page there is: as many values as Tab can usefully offer.</summary>
        protected static IReadOnlyList<T> FirstPage<T>(EntityClient<T> client, ListQuery query, CancellationToken ct) where T : NexudusRecord =>
            client.GetPageAsync(query, 1, PagePlan.MaxPageSize, ct).GetAwaiter().GetResult().Records;
    }
}
