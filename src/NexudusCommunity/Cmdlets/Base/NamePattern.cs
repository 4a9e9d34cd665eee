using System;
using System.Linq;
using System.Management.Automation;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// A -Name value as PowerShell users mean it: wildcards match like -like, a plain name matches exactly (any case).
    /// The server only does "contains", so it gets the longest literal run to narrow the list, and the pattern
    /// decides here.
    /// </summary>
    internal sealed class NamePattern
    {
        private readonly WildcardPattern _pattern;

        private NamePattern(string text)
        {
            Text = text;
            _pattern = new WildcardPattern(text, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
            ServerFilter = LongestLiteral(text);
        }

        public string Text { get; }

        /// <summary>What to send as the server's contains-filter; null when the pattern has no literal part.</summary>
        public string ServerFilter { get; }

        public static NamePattern Parse(string text) => string.IsNullOrEmpty(text) ? null : new NamePattern(text);

        public bool IsMatch(string value) => _pattern.IsMatch(value ?? "");

        private static string LongestLiteral(string pattern)
        {
            if (!WildcardPattern.ContainsWildcardCharacters(pattern)) return pattern;
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
