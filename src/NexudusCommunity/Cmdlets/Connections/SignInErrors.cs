using NexudusCommunity.Api.Auth;
using NexudusCommunity.Api.Errors;

namespace NexudusCommunity.Cmdlets.Connections
{
    /// <summary>
    /// A refused sign-in in Connect-Nexudus's terms: the engine says what the token endpoint meant, this names the
    /// parameter that fixes it (a two-factor refusal is solved by -Totp). Other failures pass through unchanged.
    /// </summary>
    internal static class SignInErrors
    {
        public static NexudusApiException InCmdletTerms(NexudusApiException ex, string userName, bool totpGiven)
        {
            if (ex.Kind != ApiErrorKind.Authentication || ex.ErrorCode != TokenRefusal.TwoFactorCheck) return ex;
            var fix = totpGiven
                ? "the two-factor code was not accepted (wrong, or no longer current): pass the current code from the authenticator app with -Totp."
                : "the account needs two-factor sign-in: pass the current code from the authenticator app with -Totp.";
            return new NexudusApiException(ex.Kind, $"Sign-in as '{userName}' failed: {fix}", ex.StatusCode, inner: ex)
            {
                ErrorCode = ex.ErrorCode,
            };
        }
    }
}
