using System.Management.Automation;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

public class ErrorTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    private static ErrorRecord OnlyError(PsResult result) =>
        result.FirstError;

    [Fact]
    public void A_server_validation_failure_names_the_field_and_creates_nothing()
    {
        var error = OnlyError(Ps.Run(Connect + "New-CommunityGroup -Name 'Nowhere' -BusinessId 4242"));

        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains("BusinessId", error.ToString());
        Assert.Empty(Sandbox.Store.Groups);
    }

    [Fact]
    public void An_unknown_id_is_an_ObjectNotFound_error_naming_the_record()
    {
        var error = OnlyError(Ps.Run(Connect + "Get-CommunityGroup -Id 987654"));

        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Contains("987654", error.ToString());
        Assert.Equal(987654, error.TargetObject);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(error.ToString(), "not found"));
    }

    [Fact]
    public void A_missing_role_is_a_permission_error_naming_the_role()
    {
        var result = Ps.Run("""
            Connect-Nexudus -BaseUri $BaseUri -Credential $ReaderCredential -BusinessId 1001 -NoRateLimit
            New-CommunityGroup -Name 'Not allowed'
            """);

        var error = OnlyError(result);
        Assert.Contains(error.CategoryInfo.Category, new[] { ErrorCategory.PermissionDenied, ErrorCategory.AuthenticationError });
        Assert.Contains("CommunityGroup-Create", error.ToString());
        Assert.Empty(Sandbox.Store.Groups);
    }

    [Fact]
    public void A_wrong_password_stops_Connect_with_an_authentication_error()
    {
        Ps.Set("BadCredential", Credentials.Make(Sandbox_AdminEmail, "not-the-password"));
        var result = Ps.Run("Connect-Nexudus -BaseUri $BaseUri -Credential $BadCredential -NoRateLimit; Get-NexudusConnection");

        Assert.Equal(ErrorCategory.AuthenticationError, result.FirstError.CategoryInfo.Category);
        Assert.DoesNotContain("not-the-password", result.AllText());
    }

    [Fact]
    public void Cmdlets_without_a_connection_say_to_connect_first()
    {
        var error = OnlyError(Ps.Run("Get-CommunityGroup"));

        Assert.Contains("Connect-Nexudus", error.ToString());
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
    }

    [Theory]
    [InlineData("New-CommunityGroup -Name '   '", "Name")]
    [InlineData("New-CommunityGroup -Name ('x' * 201)", "Name")]
    [InlineData("New-CommunityGroup -Name 'Bad access' -GroupAccess 7", "GroupAccess")]
    [InlineData("New-CommunityGroup -Name 'Bad access' -GroupAccess Secret", "GroupAccess")]
    [InlineData("Get-CommunityGroup -Id 0", "Id")]
    [InlineData("Get-CommunityGroup -CreatedAfter '2024-02-01' -CreatedBefore '2024-01-01'", "CreatedAfter")]
    [InlineData("Set-CommunityGroup -Id 1 -MemberId 5001 -AddMember 5002", "MemberId")]
    public void Bad_input_is_refused_naming_the_parameter_before_anything_is_sent(string script, string parameter)
    {
        Ps.Run(Connect).AssertNoErrors();
        Sandbox.Requests.Clear();

        var error = OnlyError(Ps.Run(script));

        Assert.Contains(parameter, error.ToString() + error.Exception.Message);
        Assert.Equal(0, Sandbox.Requests.Count(r => r.Method is "POST" or "PUT" or "DELETE"));
        Assert.Empty(Sandbox.Store.Groups);
    }

    private static string Sandbox_AdminEmail => NexudusCommunity.Sandbox.SandboxUsers.AdminEmail;
}
