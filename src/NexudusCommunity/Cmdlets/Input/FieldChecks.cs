using System.Collections;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Cmdlets.Input
{
    /// <summary>
    /// The checks a field's description implies, made before anything is sent so bad input changes nothing:
    /// names not blank and not too long, ids of 1 or more, numbers above their minimum, choices the API defines,
    /// addresses the server can fetch. Messages start with the parameter's name.
    /// </summary>
    internal static class FieldChecks
    {
        /// <summary>Limit for names when the sources give none; long enough for any real name.</summary>
        public const int DefaultMaxNameLength = 200;

        public static object Check(FieldSpec field, string parameter, object value)
        {
            switch (value)
            {
                case null when field.IsRequired:
                    throw new ParameterException(parameter, $"{parameter}: may not be empty; every {field.Name} must have one.");
                case null:
                    return null;
                case string text:
                    return CheckText(field, parameter, text);
                case int number:
                    CheckNumber(field, parameter, number);
                    return number;
                case decimal amount:
                    if (field.Minimum.HasValue && amount < field.Minimum.Value)
                        throw new ParameterException(parameter, $"{parameter}: {amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} is too small; the least accepted is {field.Minimum.Value}.");
                    return amount;
                case long number:
                    CheckNumber(field, parameter, number);
                    return number;
                case long[] ids:
                    foreach (var id in ids) CheckNumber(field, parameter, id);
                    return ids.Distinct().ToArray();
                case Enum choice:
                    if (!Enum.IsDefined(choice.GetType(), choice))
                        throw new ParameterException(parameter,
                            $"{parameter}: {Convert.ToInt32(choice)} is not a valid value; use one of {string.Join(", ", Enum.GetNames(choice.GetType()))}.");
                    return choice;
                case Uri address:
                    if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
                        throw new ParameterException(parameter, $"{parameter}: '{address}' is not an absolute http(s) address the server can fetch.");
                    return address;
                default:
                    return value;
            }
        }

        private static string CheckText(FieldSpec field, string parameter, string text)
        {
            var isName = field.IsRequired;
            if (isName && string.IsNullOrWhiteSpace(text))
                throw new ParameterException(parameter, $"{parameter}: may not be empty or only white space.");
            var max = field.MaxLength > 0 ? field.MaxLength : 0;
            if (max > 0 && text.Length > max)
                throw new ParameterException(parameter, $"{parameter}: is {text.Length} characters long; at most {max} are allowed.");
            return isName ? text.Trim() : text;
        }

        private static void CheckNumber(FieldSpec field, string parameter, long number)
        {
            if (field.Minimum.HasValue && number < field.Minimum.Value)
                throw new ParameterException(parameter, $"{parameter}: must be {field.Minimum.Value} or more (got {number}).");
        }

        /// <summary>A list of ids given for a field that takes them (AddMember...): each must be 1 or more.</summary>
        public static long[] Ids(string parameter, IEnumerable ids)
        {
            var list = ids?.Cast<object>().Select(o => Convert.ToInt64(o, System.Globalization.CultureInfo.InvariantCulture)).ToArray() ?? new long[0];
            var bad = list.FirstOrDefault(id => id < 1);
            if (list.Any(id => id < 1))
                throw new ParameterException(parameter, $"{parameter}: ids are 1 or more (got {bad}).");
            return list.Distinct().ToArray();
        }
    }
}
