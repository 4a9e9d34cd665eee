using System.Management.Automation;
using NexudusCommunity.Models;
using NexudusCommunity.Sandbox;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

public class ConnectionTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    [Theory]
    [InlineData("Token")]
    [InlineData("Basic")]
    public void Both_auth_modes_connect_and_work(string mode)
    {
        var result = Ps.Run($"""
            $c = Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -AuthMode {mode} -BusinessId 1001 -NoRateLimit -PassThru
            New-CommunityGroup -Name 'Via {mode}' | Out-Null
            $c.AuthMode.ToString(); $c.UserName
            """);
        result.AssertNoErrors();

        Assert.Equal(new[] { mode, SandboxUsers.AdminEmail }, result.Output.Skip(result.Output.Count - 2).Select(o => o.ToString()));
        Assert.Contains(Sandbox.Store.Groups, g => g.Name == $"Via {mode}");
        var tokenCalls = Sandbox.Requests.Count(r => r.Path.EndsWith("/api/token"));
        Assert.Equal(mode == "Token" ? 1 : 0, tokenCalls);
    }

    [Fact]
    public void Get_NexudusConnection_shows_user_address_mode_and_business_and_no_secret()
    {
        var result = RunOk("Get-NexudusConnection");
        var text = result.AllText();

        var connection = result.Output.Single();
        Assert.Equal(SandboxUsers.AdminEmail, connection.Properties["UserName"].Value);
        Assert.Equal(Sandbox.BaseUri, connection.Properties["BaseUri"].Value);
        Assert.Equal(1001, connection.Properties["BusinessId"].Value);
        Assert.DoesNotContain(SandboxUsers.AdminPassword, text);
    }

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
    public void Two_factor_accounts_sign_in_with_Totp()
    {
        Ps.Set("TwoFactorCredential", Credentials.TwoFactor);
        var without = Ps.Run("Connect-Nexudus -BaseUri $BaseUri -Credential $TwoFactorCredential -NoRateLimit");
        Assert.Equal(ErrorCategory.AuthenticationError, without.FirstError.CategoryInfo.Category);

        var with = Ps.Run("Connect-Nexudus -BaseUri $BaseUri -Credential $TwoFactorCredential -Totp 123456 -BusinessId 1001 -NoRateLimit -Verbose -Debug; Get-CommunityGroup");
        with.AssertNoErrors();
        Assert.DoesNotContain("123456", with.AllText());
    }

    [Fact]
    public void An_access_token_connects_directly()
    {
        var token = Sandbox.IssueAccessToken(SandboxUsers.AdminEmail);
        Ps.Set("Token", Credentials.Make("x", token).Password);

        var result = Ps.Run("Connect-Nexudus -BaseUri $BaseUri -AccessToken $Token -BusinessId 1001 -NoRateLimit -Verbose; New-CommunityGroup -Name 'By token' | Out-Null");

        result.AssertNoErrors();
        Assert.Contains(Sandbox.Store.Groups, g => g.Name == "By token");
        Assert.DoesNotContain(token, result.AllText());
    }

    [Fact]
    public void Plain_http_to_a_remote_host_is_refused_before_credentials_leave()
    {
        var result = Ps.Run("Connect-Nexudus -BaseUri 'http://api.example.com/' -Credential $AdminCredential");

        Assert.Contains("BaseUri", result.FirstError.ToString());
        Assert.Contains("https", result.FirstError.ToString());
        Assert.Equal(0, Sandbox.Requests.Count());
    }

    [Fact]
    public void Two_connections_stay_independent_through_the_Connection_parameter()
    {
        var result = RunOk("""
            $admin = Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -BusinessId 1001 -NoRateLimit -PassThru
            $reader = Connect-Nexudus -BaseUri $BaseUri -Credential $ReaderCredential -BusinessId 1002 -NoRateLimit -PassThru
            New-CommunityGroup -Name 'By admin' -Connection $admin | Out-Null
            (Get-NexudusConnection).UserName
            (Get-CommunityGroup -Connection $reader).Name
            """);

        Assert.Equal(new[] { SandboxUsers.ReaderEmail, "By admin" }, result.Output.Select(o => o.ToString()));
        Assert.Equal(1001, Sandbox.Store.Groups.Single().BusinessId);
    }

    [Fact]
    public void Disconnect_forgets_the_default_connection()
    {
        var result = Ps.Run(Connect + "Disconnect-Nexudus; Get-CommunityGroup");
        Assert.Contains("Connect-Nexudus", (result.FirstError).ToString());
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
