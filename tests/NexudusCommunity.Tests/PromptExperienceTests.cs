using System.Management.Automation;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>What a person sees at the prompt: tables, Tab completion, progress.</summary>
public class PromptExperienceTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    private (PsSession Session, CapturingHost Host) Console()
    {
        var host = new CapturingHost();
        var session = new PsSession(host: host);
        session.Set("BaseUri", Sandbox.BaseUri);
        session.Set("AdminCredential", Credentials.Admin);
        return (session, host);
    }

    /// <summary>The table header row, without the colour codes PowerShell puts around headers.</summary>
    private static string[] HeaderOf(string text, string firstColumn) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\x1b\[[0-9;]*m", "").Split('\n').Select(l => l.Trim()).First(l => l.StartsWith(firstColumn + " ")).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("Get-CommunityGroup", "Id Name GroupAccess Members BusinessId UpdatedOn")]
    [InlineData("Get-CommunityGroup -Id $g.Id", "Id Name GroupAccess Members BusinessId UpdatedOn")]
    [InlineData("Get-VideoRoom", "Id Name Participants Active Audience BusinessId UpdatedOn")]
    [InlineData("Get-NexudusBusiness", "Id Name Active Currency TimeZone")]
    [InlineData("Get-CommunityGroupCommand", "Key Records Parameters Name")]
    [InlineData("Get-CommunityGroup -Id $g.Id | Invoke-CommunityGroupCommand -Key SET_PRIVATE", "Key Ids Message")]
    [InlineData("Get-NexudusConnection", "UserName BaseUri AuthMode BusinessId Business")]
    public void The_default_view_of_each_type_is_a_table_with_the_chosen_columns(string command, string columns)
    {
        var (session, host) = Console();
        using (session)
        {
            session.Run(Connect + """
                $global:g = New-CommunityGroup -Name 'Shown' -MemberId 5001, 5002, 5003
                New-VideoRoom -Name 'Room A' -NumberOfParticipants 8 -Active | Out-Null
                """).AssertNoErrors();
            session.Run(command + " | Out-Default").AssertNoErrors();

            var firstColumn = columns.Split(' ')[0];
            Assert.Equal(columns.Split(' '), HeaderOf(host.Text, firstColumn));
            Assert.DoesNotContain(NexudusCommunity.Sandbox.SandboxUsers.AdminPassword, host.Text);
        }
    }

    [Fact]
    public void The_group_table_shows_member_counts_only_where_members_were_loaded()
    {
        var (session, host) = Console();
        using (session)
        {
            session.Run(Connect + "$global:g = New-CommunityGroup -Name 'Counted' -MemberId 5001, 5002, 5003 | Out-Default").AssertNoErrors();
            var row = host.Text.Split('\n').First(l => l.Contains("Counted"));
            Assert.Matches(@"Counted\s+Public\s+3\s+1001", row);
        }
    }

    [Theory]
    [InlineData("Get-CommunityGroup -SortBy Upd", "UpdatedOn")]
    [InlineData("Get-VideoRoom -SortBy Num", "NumberOfParticipants")]
    [InlineData("New-CommunityGroup -Name x -GroupAccess Pri", "Private")]
    [InlineData("Get-CommunityGroup -BusinessId 100", "1002")]
    [InlineData("Get-CommunityGroup -Name Book", "'Book Club'")]
    [InlineData("Get-VideoRoom -Name Stu", "'Studio One'")]
    [InlineData("Invoke-CommunityGroupCommand -Key MERGE", "MERGE_GROUPS")]
    public void Tab_completes_values_from_the_server_or_the_command(string line, string expected)
    {
        RunOk("""
            New-CommunityGroup -Name 'Book Club' | Out-Null
            New-VideoRoom -Name 'Studio One' -NumberOfParticipants 2 | Out-Null
            """);

        var completions = Ps.Run("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches | ForEach-Object CompletionText", line);

        completions.AssertNoErrors();
        Assert.Contains(expected, completions.Output.Select(o => o.ToString()));
    }

    [Fact]
    public void Reading_many_pages_reports_progress_with_the_total_and_is_silent_when_asked()
    {
        Sandbox.Store.AddGroups(2500, i => $"Many {i}");
        var (session, host) = Console();
        using (session)
        {
            session.Run(Connect + "Get-CommunityGroup | Out-Null").AssertNoErrors();
            Assert.Contains(host.Progress, p => p.StatusDescription.Contains("of 2500"));
            Assert.Contains(host.Progress, p => p.RecordType == ProgressRecordType.Completed);

            host.Progress.Clear();
            session.Run("$ProgressPreference = 'SilentlyContinue'; Get-CommunityGroup | Out-Null").AssertNoErrors();
            Assert.Empty(host.Progress);

            session.Run("Get-CommunityGroup -First 10 | Out-Null").AssertNoErrors();
            Assert.Empty(host.Progress);
        }
    }
}
