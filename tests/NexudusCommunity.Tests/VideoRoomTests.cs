using System.Management.Automation;
using NexudusCommunity.Models;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

public class VideoRoomTests(SandboxFixture sandbox) : ModuleTest(sandbox)
{
    [Fact]
    public void New_VideoRoom_returns_the_room_as_read_back()
    {
        var room = RunOk("New-VideoRoom -Name 'Room A' -NumberOfParticipants 8").Objects<VideoRoom>().Single();

        Assert.True(room.Id > 0);
        Assert.Equal("Room A", room.Name);
        Assert.Equal(8, room.NumberOfParticipants);
        Assert.Equal(1001, room.BusinessId);
        Assert.NotNull(room.CreatedOn);
    }

    [Fact]
    public void Every_create_field_is_sent_including_the_image_address()
    {
        var room = RunOk("New-VideoRoom -Name 'Full room' -NumberOfParticipants 12 -Description 'Big screen' -Active -OnlyForMembers -NewImageUrl 'https://example.com/room.png'")
            .Objects<VideoRoom>().Single();

        Assert.Equal("Big screen", room.Description);
        Assert.True(room.Active);
        Assert.True(room.OnlyForMembers);
        Assert.False(room.OnlyForContacts);
        Assert.False(string.IsNullOrEmpty(room.ImageFileName));
    }

    [Theory]
    [InlineData("New-VideoRoom -Name 'Too big' -NumberOfParticipants 500", "NumberOfParticipants")]
    [InlineData("New-VideoRoom -Name 'Empty' -NumberOfParticipants 0", "NumberOfParticipants")]
    [InlineData("New-VideoRoom -Name '' -NumberOfParticipants 4", "Name")]
    [InlineData("New-VideoRoom -Name 'Bad image' -NumberOfParticipants 4 -NewImageUrl 'not a url'", "NewImageUrl")]
    public void A_missing_or_out_of_range_field_is_a_clear_error_naming_it(string script, string field)
    {
        var result = Ps.Run(Connect + script);

        var error = result.FirstError;
        Assert.Contains(field, error.ToString());
        Assert.Empty(Sandbox.Store.Rooms);
    }

    [Fact]
    public void Get_piped_to_Set_Active_false_keeps_every_other_field()
    {
        RunOk("New-VideoRoom -Name 'Keep me' -NumberOfParticipants 6 -Description 'Quiet' -Active -OnlyForContacts -NewImageUrl 'https://example.com/a.png' | Out-Null");
        var before = Sandbox.Store.Rooms.Single();

        RunOk("Get-VideoRoom | Set-VideoRoom -Active $false");

        var after = Sandbox.Store.Rooms.Single();
        Assert.False(after.Active);
        Assert.Equal(before.Name, after.Name);
        Assert.Equal(before.Description, after.Description);
        Assert.Equal(before.NumberOfParticipants, after.NumberOfParticipants);
        Assert.Equal(before.OnlyForContacts, after.OnlyForContacts);
        Assert.Equal(before.OnlyForMembers, after.OnlyForMembers);
        Assert.Equal(before.ImageFileName, after.ImageFileName);
    }

    [Fact]
    public void ClearImageFile_removes_the_image()
    {
        RunOk("New-VideoRoom -Name 'Pictured' -NumberOfParticipants 3 -NewImageUrl 'https://example.com/p.png' | Set-VideoRoom -ClearImageFile");
        Assert.True(string.IsNullOrEmpty(Sandbox.Store.Rooms.Single().ImageFileName));
    }

    [Fact]
    public void Get_VideoRoom_filters_by_wildcard_name_and_active_and_pages()
    {
        RunOk("""
            New-VideoRoom -Name 'Studio 1' -NumberOfParticipants 2 -Active | Out-Null
            New-VideoRoom -Name 'Studio 2' -NumberOfParticipants 2 | Out-Null
            New-VideoRoom -Name 'Hall' -NumberOfParticipants 50 -Active | Out-Null
            """);

        Assert.Equal(new[] { "Studio 1", "Studio 2" }, RunOk("Get-VideoRoom -Name 'Studio*' -SortBy Name").Objects<VideoRoom>().Select(r => r.Name));
        Assert.Equal(new[] { "Hall", "Studio 1" }, RunOk("Get-VideoRoom -Active $true -SortBy Name").Objects<VideoRoom>().Select(r => r.Name));
        Assert.Single(RunOk("Get-VideoRoom -First 1").Objects<VideoRoom>());
    }

    [Fact]
    public void Remove_VideoRoom_is_high_impact_and_removes_piped_rooms()
    {
        RunOk("New-VideoRoom -Name 'Gone' -NumberOfParticipants 2 | Remove-VideoRoom -Confirm:$false");
        Assert.Empty(Sandbox.Store.Rooms);
        var impact = RunOk("(Get-Command Remove-VideoRoom).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact.ToString()");
        Assert.Equal("High", impact.Output.Last().ToString());
    }
}
