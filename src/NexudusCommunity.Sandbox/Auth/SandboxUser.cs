namespace NexudusCommunity.Sandbox;

/// <summary>
/// A sign-in the sandbox accepts. Roles null means "every role". MustResetPassword: the token endpoint refuses it
/// with must_reset_password (and Basic auth with 401) until the password is reset, which in the sandbox is never.
/// </summary>
public sealed record SandboxUser(string Email, string Password, long UserId, IReadOnlySet<string> Roles, bool RequiresTwoFactor,
    bool MustResetPassword = false)
{
    public bool HasRole(string role) => Roles == null || Roles.Contains(role);
}
