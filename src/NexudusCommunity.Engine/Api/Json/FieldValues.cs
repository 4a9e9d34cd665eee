using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Api.Json
{
    /// <summary>
    /// A field's value as the API takes it in a write body (choices as numbers, dates as UTC ISO text, ids as an
    /// array), and whether two values of a field are the same (id lists compare as sets).
    /// </summary>
    public static class FieldValues
    {
        public static JsonNode ToNode(FieldSpec field, object value)
        {
            if (value == null) return null;
            switch (field.Kind)
            {
                case FieldKind.Number: return JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                case FieldKind.Decimal: return JsonValue.Create(Convert.ToDecimal(value, CultureInfo.InvariantCulture));
                case FieldKind.TrueFalse: return JsonValue.Create((bool)value);
                case FieldKind.Text: return JsonValue.Create(value.ToString());
                case FieldKind.Date: return JsonValue.Create(DateText((DateTime)value));
                case FieldKind.Guid: return JsonValue.Create(((Guid)value).ToString());
                case FieldKind.Choice: return JsonValue.Create(Convert.ToInt32(value, CultureInfo.InvariantCulture));
                case FieldKind.Address: return JsonValue.Create(value is Uri uri ? uri.AbsoluteUri : value.ToString());
                case FieldKind.IdList: return Ids((IEnumerable)value);
                default: throw new NotSupportedException($"{field.Name}: {field.Kind} values are not written.");
            }
        }

        public static JsonArray Ids(IEnumerable ids)
        {
            var array = new JsonArray();
            foreach (var id in ids) array.Add(JsonValue.Create(Convert.ToInt64(id, CultureInfo.InvariantCulture)));
            return array;
        }

        public static string DateText(DateTime value) =>
            (value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

        /// <summary>True when writing <paramref name="after"/> would change nothing (null and "" are the same text).</summary>
        public static bool Same(FieldSpec field, object before, object after)
        {
            if (field.Kind == FieldKind.Text) return string.Equals(Blank(before as string), Blank(after as string), StringComparison.Ordinal);
            if (field.Kind == FieldKind.IdList)
            {
                var a = (before as IEnumerable)?.Cast<object>().Select(Convert.ToInt64).Distinct().OrderBy(i => i) ?? Enumerable.Empty<long>();
                var b = (after as IEnumerable)?.Cast<object>().Select(Convert.ToInt64).Distinct().OrderBy(i => i) ?? Enumerable.Empty<long>();
                return a.SequenceEqual(b);
            }
            if (field.Kind == FieldKind.Choice && before != null && after != null)
                return Convert.ToInt32(before, CultureInfo.InvariantCulture) == Convert.ToInt32(after, CultureInfo.InvariantCulture);
            return Equals(before, after);
        }

        private static string Blank(string text) => string.IsNullOrEmpty(text) ? null : text;
    }
}
