using System.Reflection;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Api.Paging;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Cmdlets.Input
{
    /// <summary>
    /// Finds the records that reference parameters name (-Group, -CommunityGroup, -CommunityThread, typed as the
    /// model): a record read from the server is taken as it is; one made from an Id (-CommunityGroup 42) stands for
    /// that Id; one made from a name is looked up by it (see ByName: an exact name first, then the name as a
    /// -like pattern, escapes included): no match or several is an error naming the parameter. Each distinct name or Id is looked
    /// up once per command, however many pipeline records name it.
    /// </summary>
    internal sealed class RecordLookup
    {
        private static readonly MethodInfo FindGeneric = typeof(RecordLookup).GetMethods()
            .Single(m => m.Name == nameof(Find) && m.IsGenericMethodDefinition);

        private readonly ConnectedCmdlet _cmdlet;
        private readonly Dictionary<string, NexudusRecord> _known = new Dictionary<string, NexudusRecord>(StringComparer.OrdinalIgnoreCase);

        public RecordLookup(ConnectedCmdlet cmdlet) => _cmdlet = cmdlet;

        /// <summary>A record as the server gave it (not one made from an Id or a name).</summary>
        public static bool IsFromServer(NexudusRecord record) => record.UniqueId.HasValue || record.CreatedOn.HasValue;

        /// <summary>The record a reference names, of whatever entity its type is.</summary>
        public NexudusRecord Find(NexudusRecord reference, string parameter, bool full) =>
            reference == null ? null : (NexudusRecord)Invoke(FindGeneric.MakeGenericMethod(reference.GetType()), reference, parameter, full);

        /// <summary>
        /// The record a reference names (null for none). With <paramref name="full"/>, a record known only by its Id is
        /// read, for its other fields (its business, its owner).
        /// </summary>
        public T Find<T>(T reference, string parameter, bool full) where T : NexudusRecord
        {
            if (reference == null) return null;
            var spec = EntitySpec.Of<T>();
            if (reference.Id < 0) throw new ParameterException(parameter, $"{parameter}: {reference.Id} is not an Id (Ids are 1 or more).");
            if (reference.Id > 0)
                return !full || IsFromServer(reference) ? reference : Known($"{spec.Name}#{reference.Id}", () => Read<T>(reference.Id));
            var name = spec.NameOf(reference)?.Trim();
            if (string.IsNullOrEmpty(name))
                throw new ParameterException(parameter, $"{parameter}: names no {spec.Name}; give its Id (1 or more), its {spec.NameField.Name.ToLowerInvariant()} or the {spec.Name} itself.");
            return Known($"{spec.Name}:{name}", () => ByName<T>(spec, name, parameter));
        }

        private T Known<T>(string key, Func<T> find) where T : NexudusRecord
        {
            if (!_known.TryGetValue(key, out var record)) _known[key] = record = find();
            return (T)record;
        }

        private T Read<T>(long id) where T : NexudusRecord
        {
            var client = _cmdlet.ActiveConnection.For<T>();
            return _cmdlet.Run(ct => client.GetAsync(id, ct));
        }

        /// <summary>
        /// The one record a name names: a record named exactly so (any case) wins, so 'Poetry [2025]' finds the group
        /// of that name; otherwise the name is a pattern matched as -like matches it (escapes included: a backtick or
        /// [WildcardPattern]::Escape makes [ ] * ? plain), and it must match exactly one record. The server's
        /// contains-filter gets the pattern's literal text, unescaped.
        /// </summary>
        private T ByName<T>(EntitySpec spec, string name, string parameter) where T : NexudusRecord
        {
            var pattern = NamePattern.Parse(name, parameter);
            var client = _cmdlet.ActiveConnection.For<T>();
            var query = client.NewQuery();
            if (pattern.ServerFilter != null) query.Equal(spec.NameField.Filter, pattern.ServerFilter);
            var listed = _cmdlet.Run(ct => client.GetPageAsync(query, 1, PagePlan.MaxPageSize, ct)).Records;
            var literal = pattern.Literal ?? name;
            var matches = listed.Where(r => string.Equals(spec.NameOf(r)?.Trim(), literal, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 0 && pattern.HasWildcards) matches = listed.Where(r => pattern.IsMatch(spec.NameOf(r)?.Trim())).ToList();
            if (matches.Count == 0)
                throw new NexudusApiException(ApiErrorKind.NotFound, $"{parameter}: no {spec.Name} is named '{name}'{(pattern.HasWildcards ? " or matches it as a pattern" : "")}.", 404);
            if (matches.Count > 1)
                throw new ParameterException(parameter,
                    $"{parameter}: {matches.Count} {spec.Name} records {(pattern.HasWildcards ? "match" : "are named")} '{name}' ({string.Join(", ", matches.Take(10).Select(m => $"'{spec.NameOf(m)}' Id {m.Id}"))}); give the Id of the one you mean.");
            return matches[0];
        }

        private object Invoke(MethodInfo method, params object[] arguments)
        {
            try
            {
                return method.Invoke(this, arguments);
            }
            catch (TargetInvocationException ex) when (ex.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }
        }
    }
}
