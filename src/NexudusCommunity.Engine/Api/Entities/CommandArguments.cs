using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NexudusCommunity.Models;

namespace NexudusCommunity.Api.Entities
{
    /// <summary>
    /// Checks a command run against the command's own metadata before anything is sent: the number of records,
    /// and each parameter's presence and type. Messages name the command and list what it expects.
    /// </summary>
    public static class CommandArguments
    {
        public static NexudusCommand Find(IReadOnlyList<NexudusCommand> commands, string key, string entity)
        {
            var found = commands.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
            if (found != null) return found;
            var known = commands.Count == 0 ? "the server offers none" : "known keys: " + string.Join(", ", commands.Select(c => c.Key));
            throw new ArgumentException($"Key: '{key}' is not a {entity} command ({known}).", "Key");
        }

        /// <summary>Null when the count suits the command, else why not.</summary>
        public static string CheckCount(NexudusCommand command, int count)
        {
            switch (command.EntityCount)
            {
                case "None" when count > 0:
                    return $"Command {command.Key} runs on no records, but {count} were given.";
                case "One" when count != 1:
                    return $"Command {command.Key} runs on exactly one record at a time, but {count} were given.";
                case "Two" when count != 2:
                    return $"Command {command.Key} runs on exactly two records, but {count} were given.";
                case "Many" when count < 1:
                case "Any" when count < 1:
                    return $"Command {command.Key} needs at least one record (pipe them in or pass -Id).";
                default:
                    return null;
            }
        }

        /// <summary>Converts each value to the type the metadata names, in order; throws naming the first that does not fit.</summary>
        public static IReadOnlyList<(string Type, object Value)> Convert(NexudusCommand command, IReadOnlyList<object> values)
        {
            var expected = command.RequiresParameters ?? new CommandParameter[0];
            values = values ?? new object[0];
            if (values.Count != expected.Length)
                throw new ArgumentException(
                    $"Parameter: command {command.Key} takes {Describe(expected)}, but {values.Count} value(s) were given.", "Parameter");
            var converted = new List<(string, object)>();
            for (var i = 0; i < expected.Length; i++)
            {
                var p = expected[i];
                if (!TryConvert(values[i], p.Type, out var value))
                    throw new ArgumentException(
                        $"Parameter: value {i + 1} for command {command.Key} ('{p.Name}') must be {Article(p.Type)} {p.Type}, but got '{values[i] ?? "$null"}'. The command takes {Describe(expected)}.",
                        "Parameter");
                converted.Add((p.Type, value));
            }
            return converted;
        }

        public static string Describe(CommandParameter[] expected) =>
            expected.Length == 0 ? "no parameters" : $"{expected.Length} parameter(s): " + string.Join(", ", expected.Select(p => $"'{p.Name}' ({p.Type})"));

        private static string Article(string type) => "aeiouAEIOU".IndexOf((type ?? "x")[0]) >= 0 ? "an" : "a";

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
                    if (bool.TryParse(text, out b)) { value = b; return true; }
                    if (text == "1" || text == "0") { value = text == "1"; return true; }
                    return false;
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
