using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// POST /api/token, as the API documents it: form-encoded only (anything else is unsupported_grant_type);
/// grant_type=password with username, password, totp and an optional client_id (the email when not given);
/// grant_type=refresh_token with refresh_token and the client_id as a HEADER. Every refusal is a 400 with
/// "error": invalid_grant, unsupported_grant_type, two_factor_auth_check (two-factor sign-in is on and the
/// code is missing or wrong) or must_reset_password.
/// </summary>
internal static class TokenEndpoint
{
    public const string Route = "/api/token";
    private const string ClientIdHeader = "client_id";

    public static void Map(WebApplication app, TokenService tokens) =>
        app.MapPost(Route, AsyncHandler.Of(c => Handle(c, tokens)));

    private static async Task<IResult> Handle(HttpContext context, TokenService tokens)
    {
        var record = new TokenRequestRecord { Timestamp = DateTime.UtcNow, HeaderClientId = Header(context) };
        if (!context.Request.HasFormContentType)
            return Answer(tokens, record, Error("unsupported_grant_type", "The request must be form-encoded (application/x-www-form-urlencoded)."));
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string grantType = form["grant_type"];
        record = record with { GrantType = grantType, UserName = form["username"], FormClientId = NullIfEmpty(form["client_id"]), TotpSent = !string.IsNullOrWhiteSpace(form["totp"]) };
        switch (grantType?.Trim().ToLowerInvariant())
        {
            case "password":
                var user = SandboxUsers.Find(form["username"], form["password"]);
                if (user == null) return Answer(tokens, record, Error("invalid_grant", "The user name or password is incorrect."));
                if (user.RequiresTwoFactor && form["totp"].ToString().Trim() != SandboxUsers.TwoFactorCode)
                    return Answer(tokens, record, Error("two_factor_auth_check",
                        record.TotpSent ? "The two-factor code is not valid." : "Two-factor authentication is enabled: send the current code as totp."));
                if (user.MustResetPassword)
                    return Answer(tokens, record, Error("must_reset_password", "The password must be reset before signing in."));
                // Without client_id the client is the email, as the user typed it.
                return Answer(tokens, record, Issued(tokens.Issue(user, record.FormClientId ?? form["username"].ToString().Trim())));
            case "refresh_token":
                var refreshed = tokens.Refresh(form["refresh_token"], record.HeaderClientId, out var refusal);
                return Answer(tokens, record, refreshed == null ? Error("invalid_grant", refusal) : Issued(refreshed));
            default:
                return Answer(tokens, record, Error("unsupported_grant_type", $"The grant type '{grantType}' is not supported."));
        }
    }

    private static IResult Answer(TokenService tokens, TokenRequestRecord record, (IResult Result, string Outcome) answer)
    {
        tokens.Record(record with { Outcome = answer.Outcome });
        return answer.Result;
    }

    private static string Header(HttpContext context) => NullIfEmpty(context.Request.Headers[ClientIdHeader].ToString());

    private static string NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static (IResult, string) Issued(TokenService.IssuedTokens issued) => (ApiResults.Json(new JsonObject
    {
        ["access_token"] = issued.AccessToken,
        ["token_type"] = "bearer",
        ["expires_in"] = issued.ExpiresInSeconds,
        ["refresh_token"] = issued.RefreshToken,
    }), "issued");

    private static (IResult, string) Error(string error, string description) => (ApiResults.Json(new JsonObject
    {
        ["error"] = error,
        ["error_description"] = description,
    }, 400), error);
}
