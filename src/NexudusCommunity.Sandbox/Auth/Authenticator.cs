using System.Text;

namespace NexudusCommunity.Sandbox;

/// <summary>Works out who is calling from the Authorization header (Basic or Bearer).</summary>
internal sealed class Authenticator
{
    private const string UserItemKey = "NexudusSandbox.User";
    private readonly TokenService _tokens;

    public Authenticator(TokenService tokens) => _tokens = tokens;

    public SandboxUser Authenticate(HttpRequest request)
    {
        string header = request.Headers.Authorization;
        if (string.IsNullOrWhiteSpace(header)) return null;
        header = header.Trim();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return _tokens.Validate(header["Bearer ".Length..].Trim());
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            return FromBasic(header["Basic ".Length..].Trim());
        return null;
    }

    // The two-factor user has to go through the token endpoint, as on the real service; a password that must be
    // reset opens nothing.
    private static SandboxUser FromBasic(string encoded)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
        var colon = decoded.IndexOf(':');
        if (colon < 0) return null;
        var user = SandboxUsers.Find(decoded[..colon], decoded[(colon + 1)..]);
        return user is { RequiresTwoFactor: false, MustResetPassword: false } ? user : null;
    }

    public static void SetUser(HttpContext context, SandboxUser user) => context.Items[UserItemKey] = user;

    public static SandboxUser GetUser(HttpContext context) => context.Items[UserItemKey] as SandboxUser;
}
