using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NexudusCommunity.Api.Json;
using NexudusCommunity.Cmdlets.Input;

namespace NexudusCommunity.Cmdlets.Rest
{
    /// <summary>
    /// JSON answers as PowerShell objects, and PowerShell values as JSON bodies. Objects become [pscustomobject]s
    /// (property order kept), arrays object[]s, whole numbers Int32 or Int64, other numbers Decimal (amounts keep
    /// their exact value), and text that is a whole ISO 8601 date and time a UTC DateTime, as the typed cmdlets
    /// read dates; all other text stays text.
    /// </summary>
    internal static class JsonObjects
    {
        /// <summary>Deeper than this, a body is taken to refer to itself.</summary>
        public const int MaxBodyDepth = 20;

        private static readonly Regex IsoDate = new Regex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant);

        public static object ToPowerShell(JsonElement json)
        {
            switch (json.ValueKind)
            {
                case JsonValueKind.Object:
                    var result = new PSObject();
                    foreach (var property in json.EnumerateObject())
                        if (result.Properties[property.Name] == null) // names differing only in case: PowerShell keeps the first
                            result.Properties.Add(new PSNoteProperty(property.Name, ToPowerShell(property.Value)));
                    return result;
                case JsonValueKind.Array:
                    return json.EnumerateArray().Select(ToPowerShell).ToArray();
                case JsonValueKind.String:
                    var text = json.GetString();
                    return IsoDate.IsMatch(text) && DateTime.TryParse(text, CultureInfo.InvariantCulture,
                        DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
                        ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
                        : (object)text;
                case JsonValueKind.Number:
                    if (json.TryGetInt32(out var small)) return small;
                    if (json.TryGetInt64(out var large)) return large;
                    return json.TryGetDecimal(out var exact) ? exact : (object)json.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return null;
            }
        }

        /// <summary>A -Body value as JSON: hashtables and objects by their properties, lists as arrays, JSON text as it is.</summary>
        public static JsonNode ToJson(object value, string parameter)
        {
            if ((value is PSObject ps ? ps.BaseObject : value) is string text)
            {
                try
                {
                    return JsonNode.Parse(text);
                }
                catch (JsonException ex)
                {
                    throw new ParameterException(parameter, $"{parameter}: text is sent as JSON, and this text is not JSON ({ex.Message}). Give a hashtable or object to have it converted.");
                }
            }
            return Node(value, parameter, 0);
        }

        private static JsonNode Node(object value, string parameter, int depth)
        {
            if (depth > MaxBodyDepth)
                throw new ParameterException(parameter, $"{parameter}: is nested more than {MaxBodyDepth} levels deep; does it refer to itself?");
            var wrapped = value as PSObject;
            switch (wrapped != null ? wrapped.BaseObject : value)
            {
                case null: return null;
                case string text: return JsonValue.Create(text);
                case bool flag: return JsonValue.Create(flag);
                case DateTime date: return JsonValue.Create(FieldValues.DateText(date));
                case DateTimeOffset date: return JsonValue.Create(FieldValues.DateText(date.UtcDateTime));
                case Enum choice: return JsonValue.Create(Convert.ToInt64(choice, CultureInfo.InvariantCulture));
                case Guid id: return JsonValue.Create(id.ToString());
                case Uri address: return JsonValue.Create(address.ToString());
                case char letter: return JsonValue.Create(letter.ToString());
                case decimal exact: return JsonValue.Create(exact);
                case double real: return JsonValue.Create(real);
                case float real: return JsonValue.Create(real);
                case IConvertible number when number.GetTypeCode() >= TypeCode.SByte && number.GetTypeCode() <= TypeCode.UInt64:
                    return JsonValue.Create(number.ToDecimal(CultureInfo.InvariantCulture));
                case IDictionary table:
                    var fromTable = new JsonObject();
                    foreach (DictionaryEntry entry in table) fromTable[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)] = Node(entry.Value, parameter, depth + 1);
                    return fromTable;
                case IEnumerable list:
                    return new JsonArray(list.Cast<object>().Select(item => Node(item, parameter, depth + 1)).ToArray());
                default:
                    var properties = (wrapped ?? PSObject.AsPSObject(value)).Properties
                        .Where(p => p.IsGettable && (p.MemberType == PSMemberTypes.NoteProperty || p.MemberType == PSMemberTypes.Property));
                    var fromObject = new JsonObject();
                    foreach (var property in properties) fromObject[property.Name] = Node(property.Value, parameter, depth + 1);
                    return fromObject;
            }
        }
    }
}
