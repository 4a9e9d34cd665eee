using System.Management.Automation;
using System.Security;
using NexudusCommunity.Sandbox;

namespace NexudusCommunity.Tests.Infrastructure;

public static class Credentials
{
    public static PSCredential Admin => Make(SandboxUsers.AdminEmail, SandboxUsers.AdminPassword);
    public static PSCredential Reader => Make(SandboxUsers.ReaderEmail, SandboxUsers.ReaderPassword);
    public static PSCredential TwoFactor => Make(SandboxUsers.TwoFactorEmail, SandboxUsers.TwoFactorPassword);

    public static PSCredential Make(string user, string password)
    {
        var secure = new SecureString();
        foreach (var c in password) secure.AppendChar(c);
        return new PSCredential(user, secure);
    }
}
