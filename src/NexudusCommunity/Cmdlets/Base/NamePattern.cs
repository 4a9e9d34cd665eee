namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// A -Name (or any text filter) value as PowerShell users mean it: matched exactly as -like matches it, escapes
    /// included ('Poetry `[2025`]' and [WildcardPattern]::Escape output say "this exact name"). The server only does
    /// "contains", so it gets the pattern's longest literal run, unescaped (never a backtick), to narrow the list,
    /// and the pattern decides here.
    /// </summary>
    internal sealed class NamePattern
    {
        private readonly WildcardPattern _pattern;

        private NamePattern(string text)
        {
            Text = text;
            _pattern = new WildcardPattern(text, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
            ServerFilter = LongestLiteral(text, out var hasWildcards);
            HasWildcards = hasWildcards;
            Literal = hasWildcards ? null : ServerFilter ?? "";
        }

        public string Text { get; }

        /// <summary>What to send as the server's contains-filter; null when the pattern has no literal part.</summary>
        public string ServerFilter { get; }

        /// <summary>True when the pattern holds an unescaped * ? or [ ]: it can match more than one text.</summary>
        public bool HasWildcards { get; }

        /// <summary>The one text the pattern matches (escapes removed) when it has no wildcards; else null.</summary>
        public string Literal { get; }

        /// <summary>The pattern, or null for none; a pattern -like would refuse ('[a') is refused naming the parameter.</summary>
        public static NamePattern Parse(string text, string parameter = "Name")
        {
            if (string.IsNullOrEmpty(text)) return null;
            var pattern = new NamePattern(text);
            try
            {
                pattern._pattern.IsMatch("");
            }
            catch (WildcardPatternException ex)
            {
                throw new Input.ParameterException(parameter, $"{parameter}: '{text}' is not a valid wildcard pattern ({ex.Message}). Escape [ and ] with a backtick, or use [WildcardPattern]::Escape().");
            }
            return pattern;
        }

        public bool IsMatch(string value) => _pattern.IsMatch(value ?? "");

        /// <summary>The longest run of literal characters, escapes removed (a trailing lone backtick is itself).</summary>
        private static string LongestLiteral(string pattern, out bool hasWildcards)
        {
            hasWildcards = false;
            var best = "";
            var current = new System.Text.StringBuilder();
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                if (c == '`' && i + 1 < pattern.Length)
                {
                    current.Append(pattern[++i]);
                    continue;
                }
                if (c == '*' || c == '?' || c == '[')
                {
                    hasWildcards = true;
                    if (current.Length > best.Length) best = current.ToString();
                    current.Clear();
                    if (c == '[')
                        while (i < pattern.Length && pattern[i] != ']') i++;
                    continue;
                }
                current.Append(c);
            }
            if (current.Length > best.Length) best = current.ToString();
            return best.Length == 0 ? null : best;
        }
    }
}
