using NexudusCommunity.Sandbox;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>
/// What the Pester suite (tests/Pester, the user-facing behaviour) does not show: tokens the server revokes or
/// shortens, and every token it issued kept out of every stream. Behaviour it shows is tested there only.
/// </summary>
public class ConnectionTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    [Fact]
    public void An_expired_token_is_refreshed_without_the_user_noticing()
    {
        Sandbox.TokenLifetime = TimeSpan.FromSeconds(61);
        try
        {
            Ps.Run(Connect).AssertNoErrors();
            Sandbox.RevokeAllTokens();
            RunOk("New-CommunityGroup -Name 'After revoke' | Out-Null");
            Assert.Contains(Sandbox.Store.Groups, g => g.Name == "After revoke");
        }
        finally
        {
            Sandbox.TokenLifetime = TimeSpan.FromHours(1);
        }
    }

    [Fact]
    public void The_password_never_appears_in_any_stream_at_Verbose_and_Debug()
    {
        var result = Ps.Run("""
            $VerbosePreference = 'Continue'; $DebugPreference = 'Continue'; $InformationPreference = 'Continue'
            foreach ($mode in 'Token', 'Basic') {
                Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -AuthMode $mode -BusinessId 1001 -NoRateLimit -Verbose -Debug -PassThru
                New-CommunityGroup -Name "Secretive $mode" -Verbose -Debug
                Get-CommunityGroup -Verbose -Debug
                Get-CommunityGroup -Id 424242 -Verbose -Debug
                Get-NexudusConnection | ForEach-Object { $_.PSObject.Properties | ForEach-Object { "$($_.Name)=$($_.Value)" } }
            }
            Connect-Nexudus -BaseUri $BaseUri -Credential $ReaderCredential -NoRateLimit -Verbose -Debug
            New-CommunityGroup -Name 'Refused' -BusinessId 1001 -Verbose -Debug
            """);

        Assert.NotEmpty(result.Verbose);
        Assert.Contains(result.Verbose, v => v.Contains("HTTP GET"));
        var text = result.AllText();
        Assert.DoesNotContain(SandboxUsers.AdminPassword, text);
        Assert.DoesNotContain(SandboxUsers.ReaderPassword, text);
        Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(SandboxUsers.AdminEmail + ":" + SandboxUsers.AdminPassword)), text);
        foreach (var token in Sandbox.IssuedTokens()) Assert.DoesNotContain(token, text);
    }
}
