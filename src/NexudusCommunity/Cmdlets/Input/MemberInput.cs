using System.Collections;
using System.Globalization;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Cmdlets.Input
{
    /// <summary>One member given to Add- or Remove-CommunityGroupMember: a coworker Id, or an email still to look up.</summary>
    internal sealed class MemberRef
    {
        public MemberRef(object input, long? id, string email, string name)
        {
            Input = input;
            Id = id;
            Email = email;
            Name = name;
        }

        /// <summary>What was given, as errors name it.</summary>
        public object Input { get; }
        public long? Id { get; set; }
        public string Email { get; }
        public string Name { get; set; }

        /// <summary>A coworker read from the server, known to exist.</summary>
        public bool Known { get; set; }

        public override string ToString() => Name != null ? $"{Name} ({Id})" : Email ?? Id?.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// What may stand for a group member: a coworker (from Get-NexudusCoworker or Get-CommunityGroupMember), a coworker
    /// Id, an email address, or an object with a CoworkerId, Id or Email property (a CSV row), the first non-blank of
    /// those. Anything else is refused for that item alone, saying what came in.
    /// </summary>
    internal static class MemberInput
    {
        public const string Parameter = "Member";
        private static readonly string[] Columns = { "CoworkerId", "Id", "Email" };

        public static MemberRef Read(object input)
        {
            var value = input is PSObject wrapped ? wrapped.BaseObject : input;
            switch (value)
            {
                case Coworker coworker when coworker.Id > 0:
                    return new MemberRef(input, coworker.Id, coworker.Email, coworker.FullName) { Known = RecordLookup.IsFromServer(coworker) };
                case NexudusRecord other:
                    throw Refuse($"a {EntitySpec.Of(other.GetType()).Name} ('{other}', Id {other.Id}) is not a coworker.");
                case int number:
                    return FromId(input, number);
                case long number:
                    return FromId(input, number);
                case string text:
                    return FromText(input, text);
                case null:
                case ValueType _:
                    throw Refuse($"{(value == null ? "$null" : $"a {value.GetType().Name} ({value})")} is not a coworker Id or email address.");
                default:
                    foreach (var column in Columns)
                    {
                        var cell = Cell(input, value, column);
                        if (cell == null || string.IsNullOrWhiteSpace(Convert.ToString(cell, CultureInfo.InvariantCulture))) continue;
                        var found = cell is string text ? FromText(input, text) : Read(cell);
                        return new MemberRef(input, found.Id, found.Email, found.Name);
                    }
                    throw Refuse($"the piped {(value is PSCustomObject || value is IDictionary ? "object" : value.GetType().Name)} has no CoworkerId, Id or Email property with a value (a CSV needs one of those columns).");
            }
        }

        private static MemberRef FromText(object input, string text)
        {
            text = text.Trim();
            if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) return FromId(input, id);
            if (text.Length > 2 && text.IndexOf('@') > 0) return new MemberRef(input, null, text, null);
            throw Refuse(text.Length == 0 ? "is empty." : $"'{text}' is neither a coworker Id nor an email address.");
        }

        private static MemberRef FromId(object input, long id) =>
            id >= 1 ? new MemberRef(input, id, null, null) : throw Refuse($"{id} is not a coworker Id (Ids are 1 or more).");

        private static object Cell(object input, object value, string column)
        {
            if (value is IDictionary table)
                return table.Keys.Cast<object>().Where(k => string.Equals(Convert.ToString(k), column, StringComparison.OrdinalIgnoreCase)).Select(k => table[k]).FirstOrDefault();
            var property = (input as PSObject ?? PSObject.AsPSObject(value)).Properties[column];
            try
            {
                var cell = property?.Value;
                return cell is PSObject ps ? ps.BaseObject : cell;
            }
            catch (GetValueException)
            {
                return null;
            }
        }

        private static ParameterException Refuse(string why) => new ParameterException(Parameter, $"{Parameter}: {why}");
    }
}
