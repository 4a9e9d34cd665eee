using System.Net;
using System.Net.Http;
using System.Text.Json;
using NexudusCommunity.Api.Auth;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>What the token client sends and how it reads answers, as the API documents /api/token.</summary>
public class TokenAuthenticatorTests
{
    private static readonly NetworkCredential User = new("admin@example.com", "Secret-Pa55!");

    private static HttpResponseMessage Tokens(string access, string? refresh, object expiresIn = null!) =>
        ScriptedHandler.Json(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["access_token"] = access, ["token_type"] = "bearer", ["expires_in"] = expiresIn ?? 86400, ["refresh_token"] = refresh,
        }.Where(p => p.Value != null).ToDictionary(p => p.Key, p => p.Value)));

    private static (TokenAuthenticator Auth, ScriptedHandler Server) Client(string? clientId, params Func<HttpRequestMessage, HttpResponseMessage>[] answers)
    {
        var server = new ScriptedHandler(answers);
        var http = new HttpClient(server) { BaseAddress = new Uri("https://api.example.test/") };
        return (new TokenAuthenticator(http, User, totp: null, clientId), server);
    }

    private static Dictionary<string, string> Form(ScriptedHandler.SentRequest sent) =>
        sent.Body.Split('&').Select(p => p.Split('=')).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));

    /// <summary>Makes the next request renew the token, as a 401 on it would.</summary>
    private static async Task ForceRenewal(TokenAuthenticator auth)
    {
        using var used = new HttpRequestMessage(HttpMethod.Get, "api/x");
        await auth.ApplyAsync(used, CancellationToken.None);
        auth.TryInvalidate(used);
    }

    [Theory]
    [InlineData(null, "admin@example.com")]
    [InlineData("nightly-import", "nightly-import")]
    public async Task Sign_in_names_the_client_id_in_the_form_the_user_name_unless_given(string? clientId, string expected)
    {
        var (auth, server) = Client(clientId, _ => Tokens("A1", "R1"));

        await auth.GetTokenAsync(CancellationToken.None);

        var form = Form(server.Sent.Single());
        Assert.Equal("password", form["grant_type"]);
        Assert.Equal("admin@example.com", form["username"]);
        Assert.Equal(expected, form["client_id"]);
        Assert.False(form.ContainsKey("totp"));
    }

    [Fact]
    public async Task A_refresh_sends_the_client_id_as_a_header_and_keeps_the_newest_refresh_token()
    {
        var (auth, server) = Client("job-7", _ => Tokens("A1", "R1"), _ => Tokens("A2", "R2"), _ => Tokens("A3", null), _ => Tokens("A4", "R4"));
        await auth.GetTokenAsync(CancellationToken.None);

        await ForceRenewal(auth); // R1 -> R2 (the server forgets R1)
        await auth.GetTokenAsync(CancellationToken.None);
        await ForceRenewal(auth); // R2 -> an answer without a refresh token: R2 may still work, so it stays
        await auth.GetTokenAsync(CancellationToken.None);
        await ForceRenewal(auth);
        var (token, _) = await auth.GetTokenAsync(CancellationToken.None);

        var refreshes = server.Sent.Skip(1).ToList();
        Assert.All(refreshes, r => Assert.Equal("job-7", r.Headers["client_id"]));
        Assert.All(refreshes, r => Assert.Equal("refresh_token", Form(r)["grant_type"]));
        Assert.All(refreshes, r => Assert.False(Form(r).ContainsKey("password")));
        Assert.Equal(new[] { "R1", "R2", "R2" }, refreshes.Select(r => Form(r)["refresh_token"]));
        Assert.Equal("A4", token);
        Assert.False(server.Sent[0].Headers.ContainsKey("client_id")); // sign-in names it in the form
    }

    [Theory]
    [InlineData("two_factor_auth_check", false, "the account needs two-factor sign-in")]
    [InlineData("two_factor_auth_check", true, "the two-factor code was not accepted")]
    [InlineData("must_reset_password", false, "the password must be reset in the Nexudus dashboard before the API can be used")]
    [InlineData("invalid_grant", false, "The user name or password is incorrect.")]
    [InlineData("unsupported_grant_type", false, "did not accept the sign-in request (unsupported_grant_type)")]
    public async Task Each_documented_refusal_says_what_to_do(string error, bool withTotp, string expected)
    {
        var server = new ScriptedHandler(_ => ScriptedHandler.Json(
            $$"""{"error":"{{error}}","error_description":"The user name or password is incorrect."}""", HttpStatusCode.BadRequest));
        var http = new HttpClient(server) { BaseAddress = new Uri("https://api.example.test/") };
        var auth = new TokenAuthenticator(http, User, withTotp ? SecureStrings.Protect("123456") : null);

        var refused = await Assert.ThrowsAsync<NexudusApiException>(() => auth.GetTokenAsync(CancellationToken.None));

        Assert.Equal(ApiErrorKind.Authentication, refused.Kind);
        Assert.Equal(error, refused.ErrorCode);
        Assert.Contains(expected, refused.Message);
        Assert.DoesNotContain("Secret-Pa55!", refused.Message);
        Assert.DoesNotContain("123456", refused.Message);
    }

    [Theory]
    [InlineData("""{"expires_in":604799}""", 604799)]
    [InlineData("""{"expires_in":"86400"}""", 86400)]
    [InlineData("""{"expires_in":86400.5}""", 86400.5)]
    [InlineData("""{"expires_in":31536000}""", 31536000)]      // a year
    [InlineData("""{"expires_in":3000000000}""", 3650 * 86400)] // beyond an Int32: read (not the hour's fallback), capped at ten years
    [InlineData("""{"expires_in":1e15}""", 3650 * 86400)]        // absurd: capped, never an overflow
    [InlineData("""{"expires_in":0}""", 1)]
    [InlineData("""{"expires_in":"soon"}""", 3600)]
    [InlineData("""{}""", 3600)]
    public void Expires_in_is_read_whatever_its_size_or_form(string json, double expectedSeconds)
    {
        using var doc = JsonDocument.Parse(json);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), TokenAuthenticator.Lifetime(doc.RootElement));
    }
}
