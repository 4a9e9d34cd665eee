using System.Globalization;
using NexudusCommunity.Models;

namespace NexudusCommunity.Api.Entities
{
    /// <summary>One value for a command, typed as its metadata says, and as text (how it is sent).</summary>
    public sealed class CommandArgument(string name, string type, object value)
    {
        public string Name { get; } = name;
        public string Type { get; } = type;
        public object Value { get; } = value;

        public string Text
        {
            get
            {
                switch (Value)
                {
                    case null: return null;
                    case bool b: return b ? "true" : "false";
                    case DateTime t: return t.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
                    case IFormattable f: return f.ToString(null, CultureInfo.InvariantCulture);
                    default: return Value.ToString();
                }
            }
        }
    }

    /// <summary>
    /// Checks a command run against the command's own metadata before anything is sent: the number of records,
    /// and each parameter's presence and type. Messages name the command and list what it expects.
    /// </summary>
    public static class CommandArguments
    {
        /// <summary>The command with this key, or null when the server's list does not name it.</summary>
        public static NexudusCommand Find(IReadOnlyList<NexudusCommand> commands, string key) =>
            commands.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));

        public static string Unlisted(IReadOnlyList<NexudusCommand> commands, string key, string entity)
        {
            var known = commands.Count == 0 ? "the server lists none" : "the server lists: " + string.Join(", ", commands.Select(c => c.Key));
            return $"'{key}' is not among the {entity} commands the server lists ({known}). The list is known to leave out some commands that do run: if you are sure of the key, run it with -AllowUnlistedKey.";
        }

        /// <summary>A command the server did not list, run on purpose: nothing is known of what it takes.</summary>
        public static NexudusCommand Unknown(string key, string entity) => new NexudusCommand
        {
            Entity = entity,
            Key = key.Trim(),
            Name = "not listed by the server",
            NeedsEntitiesToRun = false,
        };

        /// <summary>Null when the count suits the command, else why not. (An unlisted command's needs are unknown: not checked.)</summary>
        public static string CheckCount(NexudusCommand command, int count)
        {
            switch (command.RecordCount)
            {
                case CommandRecordCount.None when count > 0:
                    return $"Command {command.Key} runs on no records, but {count} were given.";
                case CommandRecordCount.One when count != 1:
                    return $"Command {command.Key} runs on exactly one record at a time, but {count} were given.";
                case CommandRecordCount.Two when count != 2:
                    return $"Command {command.Key} runs on exactly two records, but {count} were given.";
                case CommandRecordCount.Many when count < 2:
                    return $"Command {command.Key} runs on two or more records, but {count} were given.";
                case CommandRecordCount.Any when count < 1:
                    return $"Command {command.Key} needs at least one record (pipe them in or pass -Id).";
                default:
                    return null;
            }
        }

        /// <summary>Converts each value to the type the metadata names, in order; throws naming the first that does not fit.</summary>
        public static IReadOnlyList<CommandArgument> Convert(NexudusCommand command, IReadOnlyList<object> values, bool listed = true)
        {
            values = values ?? new object[0];
            if (!listed)
                return values.Select((v, i) => new CommandArgument($"Parameter {i + 1}", TypeNameOf(v), v)).ToList();
            var expected = command.RequiresParameters ?? new CommandParameter[0];
            if (values.Count != expected.Length)
                throw new ArgumentException(
                    $"command {command.Key} takes {Describe(expected)}, but {values.Count} value(s) were given.", "Parameter");
            var converted = new List<CommandArgument>();
            for (var i = 0; i < expected.Length; i++)
            {
                var p = expected[i];
                if (!TryConvert(values[i], p.Type, out var value))
                    throw new ArgumentException(
                        $"value {i + 1} for command {command.Key} ('{p.Name}') must be {Article(p.Type)} {p.Type}, but got '{values[i] ?? "$null"}'. The command takes {Describe(expected)}.",
                        "Parameter");
                converted.Add(new CommandArgument(p.Name, p.Type, value));
            }
            return converted;
        }

        public static string Describe(CommandParameter[] expected) =>
            expected.Length == 0 ? "no parameters" : $"{expected.Length} parameter(s): " + string.Join(", ", expected.Select(p => $"'{p.Name}' ({p.Type})"));

        private static string Article(string type) => "aeiouAEIOU".IndexOf((type ?? "x")[0]) >= 0 ? "an" : "a";

        private static string TypeNameOf(object value)
        {
            switch (value)
            {
                case bool _: return "Boolean";
                case int _: case long _: return "int";
                case decimal _: case double _: case float _: return "decimal";
                case DateTime _: return "DateTime";
                default: return "string";
            }
        }

        private static bool TryConvert(object raw, string type, out object value)
        {
            value = null;
            if (raw == null) return false;
            var text = System.Convert.ToString(raw, CultureInfo.InvariantCulture);
            switch ((type ?? "string").Trim().ToLowerInvariant())
            {
                case "string":
                    value = text;
                    return !string.IsNullOrEmpty(text);
                case "boolean":
                case "bool":
                    if (raw is bool b) { value = b; return true; }
                    var parsed = Json.TolerantValues.BoolText(text);
                    value = parsed;
                    return parsed.HasValue;
                case "int":
                case "int32":
                case "int64":
                case "long":
                case "integer":
                    if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)) { value = l <= int.MaxValue && l >= int.MinValue ? (object)(int)l : l; return true; }
                    return false;
                case "decimal":
                case "double":
                case "float":
                case "number":
                    if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)) { value = d; return true; }
                    return false;
                case "datetime":
                case "date":
                    if (raw is DateTime t) { value = t; return true; }
                    if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out t)) { value = t; return true; }
                    return false;
                default:
                    value = text;
                    return true;
            }
        }
    }
}
