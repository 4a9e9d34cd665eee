using System.Text.RegularExpressions;

namespace NexudusCommunity.Text
{
    /// <summary>
    /// Names as sentences say them: "CommunityThread" as "community thread", and plurals. Compiled into the source
    /// generator and the help generator alike (a linked file), so cmdlet text and help text agree.
    /// </summary>
    internal static class EnglishNames
    {
        /// <summary>"CommunityThread": "community thread"; "FullName": "full name".</summary>
        public static string Words(string name) => Regex.Replace(name, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();

        /// <summary>The English plural of a noun or noun phrase: rooms, businesses, categories, CommunityGroups.</summary>
        public static string Plural(string noun)
        {
            if (Regex.IsMatch(noun, "(s|x|z|ch|sh)$")) return noun + "es";
            if (Regex.IsMatch(noun, "[^aeiou]y$")) return noun.Substring(0, noun.Length - 1) + "ies";
            return noun + "s";
        }
    }
}
