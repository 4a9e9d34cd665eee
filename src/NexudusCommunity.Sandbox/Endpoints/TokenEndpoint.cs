using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>POST /api/token: OAuth2 password and refresh_token grants (form-encoded).</summary>
internal static class TokenEndpoint
{
    public const string Route = "/api/token";

    public static void Map(WebApplication app, TokenService tokens) =>
        app.MapPost(Route, AsyncHandler.Of(c => Handle(c, tokens)));

    private static async Task<IResult> Handle(HttpContext context, TokenService tokens)
    {
        if (!context.Request.HasFormContentType)
            return Error("invalid_request", "The request must be form-encoded.");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string grantType = form["grant_type"];
        switch (grantType?.Trim().ToLowerInvariant())
        {
            case "password":
                var user = SandboxUsers.Find(form["username"], form["password"]);
                if (user == null) return Error("invalid_grant", "The user name or password is incorrect.");
                if (user.RequiresTwoFactor && form["totp"].ToString().Trim() != SandboxUsers.TwoFactorCode)
                    return Error("invalid_grant", "A valid two-factor code is required.");
                return Issued(tokens.Issue(user));
            case "refresh_token":
                var refreshed = tokens.Refresh(form["refresh_token"]);
                return refreshed == null ? Error("invalid_grant", "The refresh token is invalid or has been used.") : Issued(refreshed);
            default:
                return Error("unsupported_grant_type", $"The grant type '{grantType}' is not supported.");
        }
    }

    private static IResult Issued(TokenService.IssuedTokens issued) => ApiResults.Json(new JsonObject
    {
        ["access_token"] = issued.AccessToken,
        ["token_type"] = "bearer",
        ["expires_in"] = issued.ExpiresInSeconds,
        ["refresh_token"] = issued.RefreshToken,
    });

    private static IResult Error(string error, string description) => ApiResults.Json(new JsonObject
    {
        ["error"] = error,
        ["error_description"] = description,
    }, 400);
}
