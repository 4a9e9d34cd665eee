using System.Globalization;

namespace NexudusCommunity.Cmdlets.Input
{
    /// <summary>
    /// Turns text (a CSV cell, a string on the command line) into the parameter's type before PowerShell binds it,
    /// so every row of an Import-Csv is bound the same way and on its own:
    /// <list type="bullet">
    /// <item>a blank cell means "not given": it binds as null, which the cmdlets read as absent;</item>
    /// <item>text that does not convert is refused with a message naming the value and what is accepted. PowerShell
    /// then refuses that one pipeline record with the parameter named, and goes on with the next. (Without this,
    /// PowerShell silently skips a by-property-name value it cannot convert, and the record would be written with
    /// the server's defaults.)</item>
    /// </list>
    /// Values that are not text (typed records, numbers, $true) pass through to PowerShell's own conversion.
    /// </summary>
    public abstract class TextInputAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (!(value is string text)) return inputData;
            if (string.IsNullOrWhiteSpace(text))
            {
                // A mandatory parameter would otherwise be refused "because it is null", which a user who typed ' ' cannot place.
                if (Required) throw new ArgumentException("the value is blank, and it is required: give it some text.");
                return null;
            }
            return Convert(text.Trim());
        }

        /// <summary>For a mandatory parameter: blank text is refused as blank rather than read as "not given".</summary>
        public bool Required { get; set; }

        /// <summary>The value of non-blank, trimmed text; throws <see cref="ArgumentException"/> with the reason when none.</summary>
        protected abstract object Convert(string text);
    }

    /// <summary>true/false, yes/no, 1/0, $true/$false, in any case.</summary>
    public sealed class TrueFalseAttribute : TextInputAttribute
    {
        protected override object Convert(string text)
        {
            switch (text.TrimStart('$').ToLowerInvariant())
            {
                case "true": case "yes": case "1": return true;
                case "false": case "no": case "0": return false;
                default: throw new ArgumentException($"'{text}' is not a true/false value: use true or false, yes or no, 1 or 0.");
            }
        }
    }

    /// <summary>A whole number; for a list parameter, one number (a list is given as separate values, not in one cell).</summary>
    public sealed class WholeNumberAttribute : TextInputAttribute
    {
        protected override object Convert(string text)
        {
            if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return number;
            var list = text.IndexOfAny(new[] { ',', ';', ' ' }) >= 0 ? " (one number per value: a list in one cell is not read, so that a typo cannot pass for one)" : "";
            throw new ArgumentException($"'{text}' is not a whole number{list}.");
        }
    }

    /// <summary>One of an enum's names or numbers.</summary>
    public sealed class ChoiceAttribute : TextInputAttribute
    {
        private readonly Type _enum;

        public ChoiceAttribute(Type enumType) => _enum = enumType;

        protected override object Convert(string text)
        {
            var names = Enum.GetNames(_enum);
            foreach (var name in names)
                if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase)) return Enum.Parse(_enum, name);
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && Enum.IsDefined(_enum, number))
                return Enum.ToObject(_enum, number);
            throw new ArgumentException($"'{text}' is not a {_enum.Name}: use one of {string.Join(", ", names)}.");
        }
    }

    /// <summary>Text, where a blank cell means "not given".</summary>
    public sealed class TextAttribute : TextInputAttribute
    {
        protected override object Convert(string text) => text;
    }

    /// <summary>A date and time, read in the invariant culture (ISO 8601 is safest; a time without a zone is local time).</summary>
    public sealed class DateAttribute : TextInputAttribute
    {
        protected override object Convert(string text)
        {
            if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)) return date;
            if (DateTime.TryParse(text, CultureInfo.CurrentCulture, DateTimeStyles.AllowWhiteSpaces, out date)) return date;
            throw new ArgumentException($"'{text}' is not a date: use the form 2026-06-30 or 2026-06-30T18:00.");
        }
    }

    /// <summary>An absolute http(s) address.</summary>
    public sealed class AddressAttribute : TextInputAttribute
    {
        protected override object Convert(string text)
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)) return uri;
            throw new ArgumentException($"'{text}' is not an absolute http(s) address.");
        }
    }
}
