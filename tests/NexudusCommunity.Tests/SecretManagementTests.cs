using System.Management.Automation;
using NexudusCommunity.Sandbox;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>
/// SecretManagement is not installed here, so a stand-in module of the same name plays its part: a Get-Secret
/// that returns what a vault would, and errors as the real one does for a missing secret.
/// </summary>
public class SecretManagementTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    private const string StandIn = """
        New-Module -Name Microsoft.PowerShell.SecretManagement -ScriptBlock {
            $script:Vaults = @{ Default = @{}; Other = @{} }
            function Set-Secret { param([string] $Name, $Secret, [string] $Vault = 'Default') $script:Vaults[$Vault][$Name] = $Secret }
            function Get-Secret {
                [CmdletBinding()] param([string] $Name, [string] $Vault)
                $names = if ($Vault) { @($Vault) } else { @($script:Vaults.Keys) }
                foreach ($v in $names) { if ($script:Vaults[$v].ContainsKey($Name)) { return $script:Vaults[$v][$Name] } }
                Write-Error "Get-Secret : The secret $Name was not found." -ErrorAction Stop
            }
            Export-ModuleMember -Function Get-Secret, Set-Secret
        } | Import-Module
        """;

    [Fact]
    public void A_runbook_connects_by_secret_name_alone()
    {
        var result = Ps.Run(StandIn + """

            Set-Secret -Name Nexudus -Secret $AdminCredential
            Connect-Nexudus -SecretName Nexudus -BaseUri $BaseUri -BusinessId 1001 -NoRateLimit -Verbose
            New-CommunityGroup -Name 'From runbook' -Verbose | Out-Null
            (Get-NexudusConnection).UserName
            """);

        result.AssertNoErrors();
        Assert.Equal(SandboxUsers.AdminEmail, result.Output.Last().ToString());
        Assert.Contains(Sandbox.Store.Groups, g => g.Name == "From runbook");
        Assert.DoesNotContain(SandboxUsers.AdminPassword, result.AllText());
    }

    [Fact]
    public void The_vault_parameter_picks_the_vault()
    {
        var result = Ps.Run(StandIn + """

            Set-Secret -Name Nexudus -Secret $ReaderCredential -Vault Other
            Connect-Nexudus -SecretName Nexudus -Vault Other -BaseUri $BaseUri -NoRateLimit
            (Get-NexudusConnection).UserName
            """);

        result.AssertNoErrors();
        Assert.Equal(SandboxUsers.ReaderEmail, result.Output.Last().ToString());
    }

    [Fact]
    public void A_missing_secret_is_a_clear_error_naming_it()
    {
        var result = Ps.Run(StandIn + "\nConnect-Nexudus -SecretName Missing -BaseUri $BaseUri");

        var error = result.FirstError;
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Contains("Missing", error.ToString());
    }

    [Fact]
    public void A_secret_that_is_not_a_credential_is_refused()
    {
        var result = Ps.Run(StandIn + "\nSet-Secret -Name Plain -Secret 'just a string'\nConnect-Nexudus -SecretName Plain -BaseUri $BaseUri");

        Assert.Contains("not a credential", result.FirstError.ToString());
        Assert.DoesNotContain("just a string", result.AllText());
    }

    [Fact]
    public void Without_SecretManagement_the_error_says_how_to_install_it()
    {
        var result = Ps.Run("Connect-Nexudus -SecretName Nexudus -BaseUri $BaseUri");

        var error = result.FirstError;
        Assert.Equal(ErrorCategory.NotInstalled, error.CategoryInfo.Category);
        Assert.Contains("Install-Module Microsoft.PowerShell.SecretManagement", error.ToString());
    }
}
