namespace NexudusCommunity.Sandbox;

/// <summary>The fixed sandbox sign-ins.</summary>
public static class SandboxUsers
{
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "Sandbox-Pa55!";
    public const long AdminUserId = DemoIds.FirstUser;

    public const string ReaderEmail = "reader@example.com";
    public const string ReaderPassword = "Reader-Pa55!";
    public const long ReaderUserId = DemoIds.FirstUser + 1;

    public const string TwoFactorEmail = "twofactor@example.com";
    public const string TwoFactorPassword = "TwoFactor-Pa55!";
    public const long TwoFactorUserId = DemoIds.FirstUser + 2;
    /// <summary>The only TOTP code the token endpoint accepts for the two-factor user.</summary>
    public const string TwoFactorCode = "123456";

    public const string ResetEmail = "reset@example.com";
    public const string ResetPassword = "Reset-Pa55!";
    public const long ResetUserId = DemoIds.FirstUser + 3;

    public static readonly SandboxUser Admin = new(AdminEmail, AdminPassword, AdminUserId, null, false);

    public static readonly SandboxUser Reader = new(ReaderEmail, ReaderPassword, ReaderUserId,
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "CommunityGroup-List", "CommunityGroup-Read", "VideoRoom-List", "VideoRoom-Read",
        }, false);

    public static readonly SandboxUser TwoFactor = new(TwoFactorEmail, TwoFactorPassword, TwoFactorUserId, null, true);

    /// <summary>Right password, but the account must reset it first: the token endpoint answers must_reset_password.</summary>
    public static readonly SandboxUser Reset = new(ResetEmail, ResetPassword, ResetUserId, null, false, MustResetPassword: true);

    public static IReadOnlyList<SandboxUser> All { get; } = new[] { Admin, Reader, TwoFactor, Reset };

    /// <summary>The user with this email and password, or null. Emails compare case-insensitively, passwords exactly.</summary>
    public static SandboxUser Find(string email, string password) =>
        All.FirstOrDefault(u => string.Equals(u.Email, email?.Trim(), StringComparison.OrdinalIgnoreCase) && u.Password == password);
}
