using System.Collections;
using System.Security;
using NexudusCommunity.Api.Auth;

namespace NexudusCommunity.Cmdlets.Connections
{
    /// <summary>
    /// A credential from what Get-Secret returns: a PSCredential, or a hashtable (any dictionary) with UserName and
    /// Password in any letter case. The real Get-Secret returns every string value of a stored hashtable as a
    /// SecureString, the user name too, so both strings and SecureStrings are read.
    /// </summary>
    internal static class CredentialFromSecretValue
    {
        public static bool TryConvert(object value, string secretName, string vault, out PSCredential credential, out ErrorRecord failure)
        {
            credential = null;
            failure = null;
            switch (value)
            {
                case PSCredential found:
                    credential = found;
                    return true;
                case IDictionary table:
                    var userName = TextOf(Entry(table, "UserName"));
                    var password = SecureOf(Entry(table, "Password"));
                    if (!string.IsNullOrEmpty(userName) && password != null && password.Length > 0)
                    {
                        credential = new PSCredential(userName, password);
                        return true;
                    }
                    var keys = table.Keys.Cast<object>().Select(k => $"'{k}'").ToList();
                    failure = SecretErrors.NotCredential(secretName, vault,
                        "a hashtable without a non-empty UserName and Password (its keys: " + (keys.Count == 0 ? "none" : string.Join(", ", keys)) + ")");
                    return false;
                default:
                    failure = SecretErrors.NotCredential(secretName, vault, Describe(value));
                    return false;
            }
        }

        private static object Entry(IDictionary table, string key)
        {
            foreach (DictionaryEntry entry in table)
                if (string.Equals(entry.Key?.ToString(), key, System.StringComparison.OrdinalIgnoreCase))
                    return entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
            return null;
        }

        /// <summary>A user name is not a secret: a SecureString one (as Get-Secret returns it) is read as text.</summary>
        private static string TextOf(object value) =>
            value is SecureString secure ? SecureStrings.Reveal(secure) : value as string;

        private static SecureString SecureOf(object value) =>
            value is SecureString secure ? secure : value is string text ? SecureStrings.Protect(text) : null;

        private static string Describe(object value)
        {
            switch (value)
            {
                case SecureString _:
                    return "a single string (Get-Secret returns a stored string or SecureString as a SecureString)";
                case string _:
                    return "a single string";
                case byte[] _:
                    return "a byte array";
                default:
                    return "a " + value.GetType().FullName;
            }
        }
    }
}
