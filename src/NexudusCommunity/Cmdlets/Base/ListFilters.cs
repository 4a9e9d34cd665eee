using System.Globalization;
using NexudusCommunity.Api.Paging;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// A Get-X's filter parameters as a server query plus what only this side can check. A parameter filters the
    /// field it is named after (or that names it as its parameter): text as a PowerShell wildcard pattern, escapes included
    /// (see <see cref="NamePattern"/>: the server gets the unescaped literal part, the pattern decides here), anything else as
    /// an equal match; -&lt;Range&gt;After/-&lt;Range&gt;Before as a date range. A field the server cannot filter is matched here.
    /// </summary>
    internal sealed class ListFilters<T> where T : NexudusRecord
    {
        private readonly List<Action<ListQuery>> _server = new List<Action<ListQuery>>();
        private readonly List<Func<T, bool>> _local = new List<Func<T, bool>>();

        /// <summary>The check made here on each listed record; null when the server does it all.</summary>
        public Func<T, bool> Local => _local.Count == 0 ? null : (Func<T, bool>)(r => _local.All(f => f(r)));

        public void AddTo(ListQuery query)
        {
            foreach (var add in _server) add(query);
        }

        public static ListFilters<T> From(GetRecordCmdlet<T> cmdlet, IReadOnlyList<FieldValue> values)
        {
            var filters = new ListFilters<T>();
            foreach (var given in values.Where(v => v.Value != null))
                filters.Add(given.Parameter, given.Field, given.Value);
            foreach (var range in cmdlet.RangeValues().GroupBy(r => r.Range))
                filters.AddRange(range.Key, range.ToList());
            return filters;
        }

        private void Add(string parameter, FieldSpec field, object value)
        {
            if (value is string text)
            {
                AddPattern(parameter, field, text);
                return;
            }
            FieldChecks.Check(field, parameter, value);
            if (field.Filter != null)
            {
                var wire = Wire(value);
                _server.Add(q => q.Equal(field.Filter, wire));
            }
            else
            {
                _local.Add(r => Matches(field.GetValue(r), value));
            }
        }

        /// <summary>
        /// A filter of nothing but wildcards ('*', '?*') matches every record: usually an empty cell or variable in
        /// front of a '*'. Piped into Set or Remove it would touch everything, so it is refused; leaving the filter
        /// out lists everything on purpose.
        /// </summary>
        private void AddPattern(string parameter, FieldSpec field, string text)
        {
            if (text.Trim('*', '?', ' ').Length == 0)
                throw new ParameterException(parameter,
                    $"{parameter}: '{text}' is only wildcards and would match every record. Leave -{parameter} out to list them all, or give part of a name.");
            var pattern = NamePattern.Parse(text, parameter);
            if (field.Filter != null && pattern.ServerFilter != null) _server.Add(q => q.Equal(field.Filter, pattern.ServerFilter));
            _local.Add(r => pattern.IsMatch(field.GetValue(r) as string));
        }

        private void AddRange(string stem, IReadOnlyList<(string Parameter, string Range, bool After, DateTime Value)> bounds)
        {
            var field = EntitySpec.Of<T>().Fields.FirstOrDefault(f => f.Range == stem)
                        ?? throw new InvalidOperationException($"{typeof(T).Name} has no field searched by -{stem}After/-{stem}Before.");
            var from = bounds.Where(b => b.After).Select(b => (DateTime?)b.Value).FirstOrDefault();
            var to = bounds.Where(b => !b.After).Select(b => (DateTime?)b.Value).FirstOrDefault();
            if (from.HasValue && to.HasValue && from.Value > to.Value)
                throw new ParameterException(stem + "After",
                    $"{stem}After ({from.Value:u}) is later than {stem}Before ({to.Value:u}): no record can match.");
            _server.Add(q => q.Range(field.Name, from, to));
        }

        private static string Wire(object value)
        {
            switch (value)
            {
                case bool b: return b ? "true" : "false";
                case Enum e: return Convert.ToInt32(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                case IFormattable f: return f.ToString(null, CultureInfo.InvariantCulture);
                default: return value.ToString();
            }
        }

        private static bool Matches(object fieldValue, object wanted) =>
            fieldValue is long[] ids && wanted is long id ? ids.Contains(id) : Equals(fieldValue, wanted);
    }
}
