namespace NexudusCommunity.Sandbox;

/// <summary>A sign-in the sandbox accepts. Roles null means "every role".</summary>
public sealed record SandboxUser(string Email, string Password, int UserId, IReadOnlySet<string> Roles, bool RequiresTwoFactor)
{
    public bool HasRole(string role) => Roles == null || Roles.Contains(role);
}
