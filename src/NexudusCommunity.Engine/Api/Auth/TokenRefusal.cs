using System.Text.Json;

namespace NexudusCommunity.Api.Auth
{
    /// <summary>
    /// Why the token endpoint refused a sign-in: every refusal is a 400 whose "error" is one of invalid_grant,
    /// unsupported_grant_type, two_factor_auth_check (two-factor sign-in is on and the code is missing or wrong)
    /// or must_reset_password, with the server's own words in error_description (which never echo the password).
    /// </summary>
    public sealed class TokenRefusal
    {
        public const string TwoFactorCheck = "two_factor_auth_check";
        public const string MustResetPassword = "must_reset_password";
        public const string InvalidGrant = "invalid_grant";
        public const string UnsupportedGrantType = "unsupported_grant_type";

        private TokenRefusal(string code, string description)
        {
            Code = code;
            Description = description;
        }

        /// <summary>The "error" code, or null when the body had none.</summary>
        public string Code { get; }

        public string Description { get; }

        public static TokenRefusal Read(string body)
        {
            try
            {
                using (var doc = JsonDocument.Parse(body))
                {
                    var root = doc.RootElement;
                    if (root.ValueKind == JsonValueKind.Object)
                        return new TokenRefusal(Text(root, "error"), Text(root, "error_description") ?? Text(root, "Message"));
                }
            }
            catch (JsonException)
            {
            }
            return new TokenRefusal(null, null);
        }

        /// <summary>What went wrong, in words a person acts on; <paramref name="totpSent"/>: whether a two-factor code went with the sign-in.</summary>
        public string Explain(bool totpSent, string reasonPhrase)
        {
            switch (Code)
            {
                case TwoFactorCheck:
                    return totpSent
                        ? "the two-factor code was not accepted (wrong, or no longer current): sign in again with the current code."
                        : "the account needs two-factor sign-in: give the current code from the authenticator app.";
                case MustResetPassword:
                    return "the password must be reset in the Nexudus dashboard before the API can be used.";
                case InvalidGrant:
                    return Description ?? "the user name or password is incorrect.";
                case UnsupportedGrantType:
                    return "the token endpoint did not accept the sign-in request (unsupported_grant_type)" + (Description == null ? "." : $": {Description}");
                default:
                    return Description ?? Code ?? "the token endpoint refused the credentials (" + reasonPhrase + ").";
            }
        }

        private static string Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
                ? value.GetString()
                : null;
    }
}
