using System.Text;
using System.Text.Json.Nodes;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Api.Json;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Tests.Engine;

/// <summary>
/// What an update sends: PUT clears every field it is not given, so the body is the record as the server gave it
/// (known fields or not) with only the asked-for changes.
/// </summary>
public class WriteBodyTests
{
    private const string Server = """
        {"Id":42,"BusinessId":1001,"BusinessName":"Main","UserId":5001,"Name":"Falcon","Description":"old","GroupAccess":3,
         "Members":[5001,5002],"TeamGuid":"04d39c81-9292-49ec-9f48-bc910ae982b9","CourseGuid":null,"LegacyCode":"FAL-7",
         "Flags":{"Archived":false},"UniqueId":"18468738-d1da-4ba2-9b59-33bbe12dc19d"}
        """;

    private static RecordUpdate<CommunityGroup> Update()
    {
        var bytes = Encoding.UTF8.GetBytes(Server);
        var current = RecordReader.For(typeof(CommunityGroup)).Read<CommunityGroup>(bytes);
        var ctor = typeof(RecordUpdate<CommunityGroup>).GetConstructors(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance).Single();
        return (RecordUpdate<CommunityGroup>)ctor.Invoke(new object[] { EntitySpec.Of<CommunityGroup>(), current, JsonNode.Parse(bytes)!.AsObject() });
    }

    private static FieldSpec Field(string name) => EntitySpec.Of<CommunityGroup>().Field(name)!;

    [Fact]
    public void A_change_of_one_field_sends_back_every_other_property_unchanged()
    {
        var update = Update();
        update.Set(Field("Description"), "new");

        var body = update.Body();

        Assert.Equal(new[] { "Description" }, update.Changed);
        Assert.Equal("new", (string)body["Description"]!);
        var expected = JsonNode.Parse(Server)!.AsObject();
        foreach (var (name, value) in expected.Where(p => p.Key != "Description"))
            Assert.True(JsonNode.DeepEquals(value, body[name]), $"{name} was changed or dropped");
    }

    [Fact]
    public void Setting_a_field_to_what_it_already_holds_is_no_change()
    {
        var update = Update();
        update.Set(Field("GroupAccess"), GroupAccess.Private);
        update.Set(Field("Members"), new[] { 5002, 5001 });
        update.Set(Field("Description"), "old");

        Assert.Empty(update.Changed);
    }

    [Fact]
    public void Adding_members_sends_deltas_beside_the_list_as_the_server_gave_it()
    {
        var update = Update();
        update.ChangeIds(Field("Members"), add: new[] { 5003L, 5001L }, remove: new[] { 5002L, 5999L });

        var body = update.Body();

        Assert.Equal(new[] { 5001L, 5002L }, body["Members"]!.AsArray().Select(n => (long)n!));
        Assert.Equal(new[] { 5003L }, body["AddedMembers"]!.AsArray().Select(n => (long)n!));
        Assert.Equal(new[] { 5002L }, body["RemovedMembers"]!.AsArray().Select(n => (long)n!));
    }

    [Fact]
    public void Choices_go_as_numbers_and_dates_as_UTC_text()
    {
        var update = Update();
        update.Set(Field("GroupAccess"), GroupAccess.Public);

        Assert.Equal(2, (int)update.Body()["GroupAccess"]!);
        Assert.Equal("2026-06-30T16:00:00Z", FieldValues.DateText(new DateTime(2026, 6, 30, 16, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Command_arguments_are_sent_as_invariant_text()
    {
        var argument = new CommandArgument("Notify", "Boolean", true);
        var count = new CommandArgument("Member Id", "int", 5003);

        Assert.Equal("true", argument.Text);
        Assert.Equal("5003", count.Text);
    }
}
