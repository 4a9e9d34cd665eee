using System;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>Checks of field values shared by the entities, made before a request so bad input changes nothing.</summary>
    internal static class RecordChecks
    {
        public const int MaxNameLength = 200;

        public static string Name(string value, string parameter = "Name")
        {
            if (string.IsNullOrWhiteSpace(value))
                throw new ParameterException(parameter, $"{parameter}: may not be empty or only white space.");
            if (value.Length > MaxNameLength)
                throw new ParameterException(parameter, $"{parameter}: is {value.Length} characters long; at most {MaxNameLength} are allowed.");
            return value.Trim();
        }

        public static string Description(string value, string parameter = "Description") => value;

        /// <summary>An enum number the API does not define (e.g. [GroupAccess]7) would be stored as garbage.</summary>
        public static TEnum? Defined<TEnum>(TEnum? value, string parameter) where TEnum : struct, Enum
        {
            if (value.HasValue && !Enum.IsDefined(typeof(TEnum), value.Value))
                throw new ParameterException(parameter,
                    $"{parameter}: {Convert.ToInt32(value.Value)} is not a valid value; use one of {string.Join(", ", Enum.GetNames(typeof(TEnum)))}.");
            return value;
        }
    }
}
