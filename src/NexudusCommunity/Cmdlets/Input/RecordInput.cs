using System.Collections;
using System.Globalization;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Cmdlets.Input
{
    /// <summary>A record a cmdlet acts on: its Id, and its name and full record when the input carried them.</summary>
    internal sealed class RecordRef
    {
        public RecordRef(long id, string name = null, NexudusRecord record = null)
        {
            Id = id;
            Name = name;
            Record = record;
        }

        public long Id { get; }
        public string Name { get; set; }

        /// <summary>The typed record piped in (from Get-X), or null for an Id, a CSV row or another object.</summary>
        public NexudusRecord Record { get; }
    }

    /// <summary>
    /// What may stand for a record of an entity in -InputObject (and so in the pipeline): the entity's own records,
    /// objects with an Id property (CSV rows, custom objects), whole numbers and numeric text. Anything else is
    /// refused with a message that says what came in: another entity's record (a VideoRoom piped into
    /// Remove-CommunityGroup), the total that -IncludeTotalCount writes first, text that is not an Id. Without
    /// this, PowerShell would bind such values to -Id, and the command would act on a stranger's record.
    /// </summary>
    internal static class RecordInput
    {
        public const string Parameter = "InputObject";

        public static RecordRef Resolve(object input, EntitySpec spec)
        {
            var value = input is PSObject wrapped ? wrapped.BaseObject : input;
            switch (value)
            {
                case null:
                    throw Refuse(spec, "$null is not a record.");
                case NexudusRecord record when spec.ModelType.IsInstanceOfType(record):
                    if (record.Id < 1) throw Refuse(spec, $"the {spec.Name} has no Id: it was not read from the server (use the one Get-{spec.Name} or New-{spec.Name} returns).");
                    return new RecordRef(record.Id, spec.NameOf(record), record);
                case NexudusRecord other:
                    throw Refuse(spec, $"a {EntitySpec.Of(other.GetType()).Name} ('{other}', Id {other.Id}) is not a {spec.Name}.");
                case int number:
                    return new RecordRef(CheckId(spec, number, number.ToString(CultureInfo.InvariantCulture)));
                case long number:
                    return new RecordRef(CheckId(spec, number, number.ToString(CultureInfo.InvariantCulture)));
                case ulong _ when IsTotalCount(input):
                    throw Refuse(spec, $"the total count that -IncludeTotalCount writes before the records ({value}) is not a record. Leave -IncludeTotalCount out when piping, or filter the count out first.");
                case string text:
                    if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                        return new RecordRef(CheckId(spec, id, text));
                    throw Refuse(spec, $"'{text}' is not an Id. Pipe records from Get-{spec.Name}, or objects with an Id property.");
                case IDictionary table:
                    return FromIdProperty(spec, table.Contains("Id") ? table["Id"] : FindKey(table), value, name: NameFrom(spec, table));
                case ValueType _:
                    throw Refuse(spec, $"a {value.GetType().Name} ({value}) is not a {spec.Name} record or an Id.");
                default:
                    var ps = input as PSObject ?? PSObject.AsPSObject(value);
                    var property = ps.Properties["Id"];
                    if (property == null)
                        throw Refuse(spec, $"a {Describe(value)} has no Id property. Pipe records from Get-{spec.Name}, or objects (such as CSV rows) with an Id column.");
                    var nameProperty = spec.NameField == null ? null : ps.Properties[spec.NameField.Name];
                    return FromIdProperty(spec, SafeValue(property), value, SafeValue(nameProperty) as string);
            }
        }

        private static RecordRef FromIdProperty(EntitySpec spec, object id, object value, string name)
        {
            var raw = id is PSObject p ? p.BaseObject : id;
            if (raw == null || (raw is string blank && string.IsNullOrWhiteSpace(blank)))
                throw Refuse(spec, $"the {Describe(value)}'s Id is empty.");
            var text = Convert.ToString(raw, CultureInfo.InvariantCulture).Trim();
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                throw Refuse(spec, $"the {Describe(value)}'s Id '{text}' is not a whole number.");
            return new RecordRef(CheckId(spec, number, text), string.IsNullOrWhiteSpace(name) ? null : name);
        }

        private static long CheckId(EntitySpec spec, long id, string text)
        {
            if (id < 1) throw Refuse(spec, $"{text} is not an Id (Ids are 1 or more).");
            return id;
        }

        /// <summary>PowerShell's total count is a UInt64 with a script ToString added.</summary>
        private static bool IsTotalCount(object input) => input is PSObject ps && ps.Members["ToString"] is PSScriptMethod || input is ulong;

        private static object FindKey(IDictionary table)
        {
            foreach (DictionaryEntry entry in table)
                if (string.Equals(entry.Key as string, "Id", StringComparison.OrdinalIgnoreCase)) return entry.Value;
            return null;
        }

        private static string NameFrom(EntitySpec spec, IDictionary table) =>
            spec.NameField != null && table.Contains(spec.NameField.Name) ? table[spec.NameField.Name] as string : null;

        private static object SafeValue(PSPropertyInfo property)
        {
            try
            {
                return property?.Value;
            }
            catch (GetValueException)
            {
                return null;
            }
        }

        private static string Describe(object value) =>
            value is PSCustomObject || value is IDictionary ? "piped object" : value.GetType().Name;

        private static ParameterException Refuse(EntitySpec spec, string why) =>
            new ParameterException(Parameter, $"{Parameter}: {why}");
    }
}
