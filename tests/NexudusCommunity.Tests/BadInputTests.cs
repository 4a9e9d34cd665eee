using System.Management.Automation;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>
/// Bad input from people and spreadsheets: each case gets a clear error naming the parameter or field, and the
/// server's data is exactly as it was. $group and $room hold records that exist.
/// </summary>
public class BadInputTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    public static TheoryData<string, string> Cases() => new()
    {
        // Names: empty, blank, oversized, null
        { "New-CommunityGroup -Name ''", "Name" },
        { "New-CommunityGroup -Name '   '", "Name" },
        { "New-CommunityGroup -Name ('x' * 201)", "Name" },
        { "New-CommunityGroup -Name $null", "Name" },
        { "Set-CommunityGroup -Id $group.Id -Name '  '", "Name" },
        { "New-VideoRoom -Name ' ' -NumberOfParticipants 4", "Name" },
        // Ids: zero, negative, not a number, duplicates where two distinct are needed
        { "Get-CommunityGroup -Id 0", "Id" },
        { "Get-CommunityGroup -Id -3", "Id" },
        { "Get-CommunityGroup -Id 'abc'", "Id" },
        { "Set-CommunityGroup -Id 0 -Name 'x'", "Id" },
        { "Remove-CommunityGroup -Id -1 -Force", "Id" },
        { "Invoke-CommunityGroupCommand -Key MERGE_GROUPS -Id $group.Id, $group.Id", "Id" },
        { "New-CommunityGroup -Name 'x' -BusinessId 0", "BusinessId" },
        { "New-CommunityGroup -Name 'x' -MemberId 5001, 0", "MemberId" },
        { "New-CommunityGroup -Name 'x' -UserId -7", "UserId" },
        // Enums: unknown names and numbers
        { "New-CommunityGroup -Name 'x' -GroupAccess Secret", "GroupAccess" },
        { "New-CommunityGroup -Name 'x' -GroupAccess 7", "GroupAccess" },
        { "Set-CommunityGroup -Id $group.Id -GroupAccess 0", "GroupAccess" },
        { "Get-CommunityGroup -GroupAccess Hidden", "GroupAccess" },
        // Dates and ranges
        { "Get-CommunityGroup -CreatedAfter 'not a date'", "CreatedAfter" },
        { "Get-CommunityGroup -CreatedAfter '2024-02-01' -CreatedBefore '2024-01-01'", "CreatedAfter" },
        { "Get-CommunityGroup -UpdatedAfter '2024-02-01' -UpdatedBefore '2024-01-01'", "UpdatedAfter" },
        { "Get-VideoRoom -CreatedAfter '2030-01-01' -CreatedBefore '2020-01-01'", "CreatedAfter" },
        // Wildcard-only filters (an empty cell in front of '*')
        { "Get-CommunityGroup -Name '*'", "Name" },
        { "Get-CommunityGroup -Description '**'", "Description" },
        { "Get-VideoRoom -Name '?*'", "Name" },
        // Sorting
        { "Get-CommunityGroup -SortBy Colour", "SortBy" },
        { "Get-VideoRoom -SortBy 'Name;DROP'", "SortBy" },
        // $null and wrong types in pipelines
        { "$null | Remove-CommunityGroup -Force", "Id" },
        { "[pscustomobject]@{ Id = 'twelve' } | Set-CommunityGroup -Name 'x'", "Id" },
        { "[pscustomobject]@{ Name = 'x'; GroupAccess = 'Everyone' } | New-CommunityGroup", "GroupAccess" },
        { "New-VideoRoom -Name 'x' -NumberOfParticipants 'many'", "NumberOfParticipants" },
        { "Get-VideoRoom -Active 'maybe'", "Active" },
        // Conflicting or impossible combinations
        { "Set-CommunityGroup -Id $group.Id -MemberId 5001 -AddMember 5002", "MemberId" },
        { "Set-CommunityGroup -Id $group.Id -AddMember 5003 -RemoveMember 5003", "AddMember" },
        { "Set-VideoRoom -Id $room.Id -NewImageUrl 'https://example.com/a.png' -ClearImageFile", "ClearImageFile" },
        // Values the server refuses (named by the server's field errors)
        { "New-VideoRoom -Name 'Huge' -NumberOfParticipants 500", "NumberOfParticipants" },
        { "New-CommunityGroup -Name 'Ghost members' -MemberId 999999", "Members" },
        { "Set-VideoRoom -Id $room.Id -NumberOfParticipants 0", "NumberOfParticipants" },
        { "New-VideoRoom -Name 'x' -NumberOfParticipants 3 -NewImageUrl 'ftp://files/x.png'", "NewImageUrl" },
        // Commands
        { "Invoke-CommunityGroupCommand -Key NO_SUCH_COMMAND -Id $group.Id", "Key" },
        { "Invoke-CommunityGroupCommand -Key ADD_MEMBER -Id $group.Id -Parameter 'abc', $true", "Member Id" },
        { "Invoke-CommunityGroupCommand -Key RENAME_GROUP -Parameter 'New name'", "Id" },
        { "[pscustomobject]@{ Name = 'x'; BusinessId = 'junk' } | New-CommunityGroup", "BusinessId" },
        { "[pscustomobject]@{ Name = 'Room'; NumberOfParticipants = 4; Active = 'perhaps' } | New-VideoRoom", "Active" },
        // Connecting (an explicit $null connection is a failed Connect, not a cue to use another account)
        { "Remove-CommunityGroup -Id $group.Id -Force -Connection $null", "Connection" },
        { "Connect-Nexudus -BaseUri 'ftp://example.com/' -Credential $AdminCredential", "BaseUri" },
        { "Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -Totp 'abc'", "Totp" },
        { "Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -BusinessId 777 -NoRateLimit", "BusinessId" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gets_an_error_naming_the_parameter_and_changes_nothing(string script, string named)
    {
        RunOk("""
            $global:group = New-CommunityGroup -Name 'Existing' -MemberId 5001, 5002
            $global:room = New-VideoRoom -Name 'Existing room' -NumberOfParticipants 4 -NewImageUrl 'https://example.com/r.png'
            """);
        var groupsBefore = Snapshot();
        Sandbox.Requests.Clear();

        var result = Ps.Run(script);

        var errors = result.Errors.ToList();
        if (result.Terminating != null) errors.Add(result.Terminating.ErrorRecord);
        Assert.True(errors.Count > 0, $"no error for: {script}");
        var text = string.Join("\n", errors.Select(e => e.ToString() + " " + e.Exception?.Message + " " + e.CategoryInfo));
        Assert.Contains(named, text);
        Assert.Equal(groupsBefore, Snapshot());
        Assert.Equal(0, Sandbox.Requests.Count(r => r.Method is "PUT" or "DELETE" || (r.Method == "POST" && r.Path.EndsWith("/runcommand"))));
    }

    [Fact]
    public void A_malformed_server_answer_is_an_InvalidResult_error_and_not_a_crash()
    {
        RunOk("$global:group = New-CommunityGroup -Name 'Existing'");
        Sandbox.Faults.MalformedJsonEveryNth = 1;

        var result = Ps.Run("Get-CommunityGroup -Id $group.Id");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.InvalidResult, error.CategoryInfo.Category);
        Assert.Contains("not valid JSON", error.ToString());
    }

    /// <summary>Everything a user could lose, as text, for before/after comparison.</summary>
    private string Snapshot() =>
        string.Join("\n", Sandbox.Store.Groups.OrderBy(g => g.Id).Select(g => $"{g.Id}|{g.Name}|{g.Description}|{g.GroupAccess}|{string.Join(",", g.Members.OrderBy(m => m))}|{g.UpdatedOn:o}"))
        + "\n" + string.Join("\n", Sandbox.Store.Rooms.OrderBy(r => r.Id).Select(r => $"{r.Id}|{r.Name}|{r.NumberOfParticipants}|{r.Active}|{r.ImageFileName}|{r.UpdatedOn:o}"));
}
