using System.Text;
using NexudusCommunity.Api.Json;
using NexudusCommunity.Models;

namespace NexudusCommunity.Tests.Engine;

/// <summary>
/// The engine reads records straight from the wire as each model's description says, accepting every variant the
/// vendor's pages and live answers show, without a document or a copy.
/// </summary>
public class RecordReadingTests
{
    private static T Read<T>(string json) => RecordReader.For(typeof(T)).Read<T>(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Ids_past_Int32_read_whole_in_every_form()
    {
        var group = Read<CommunityGroup>("""
            {"Id":3000000031,"BusinessId":"2147483648","UserId":{"Id":9007199254740993},"Members":[2147483648,"3000000001",{"Id":4000000000}]}
            """);
        Assert.Equal(3000000031L, group.Id);
        Assert.Equal(2147483648L, group.BusinessId);
        Assert.Equal(9007199254740993L, group.UserId);
        Assert.Equal(new[] { 2147483648L, 3000000001L, 4000000000L }, group.Members);
        var message = Read<CommunityMessage>("""{"Id":1,"CommunityThreadId":1427207823,"CoworkerId":"4294967296"}""");
        Assert.Equal(4294967296L, message.CoworkerId);
    }

    [Theory]
    [InlineData("""{"Id":99999999999999999999}""", "CommunityGroup.Id")]
    [InlineData("""{"Id":12.5}""", "CommunityGroup.Id")]
    [InlineData("""{"Id":1,"BusinessId":"12x"}""", "CommunityGroup.BusinessId")]
    [InlineData("""{"Id":1,"UserId":true}""", "CommunityGroup.UserId")]
    [InlineData("""{"Id":1,"Members":[1,99999999999999999999]}""", "CommunityGroup.Members")]
    [InlineData("""{"Id":1,"Members":"1,two"}""", "CommunityGroup.Members")]
    public void A_number_that_does_not_fit_fails_naming_its_field_never_reads_as_0(string json, string field)
    {
        var error = Assert.Throws<System.Text.Json.JsonException>(() => Read<CommunityGroup>(json));
        Assert.Contains(field, error.Message);
    }

    [Fact]
    public void A_count_past_Int32_fails_naming_its_field()
    {
        var error = Assert.Throws<System.Text.Json.JsonException>(() => Read<VideoRoom>("""{"Id":1,"NumberOfParticipants":3000000000}"""));
        Assert.Contains("VideoRoom.NumberOfParticipants", error.Message);
    }

    [Fact]
    public void A_record_in_the_reference_shape_reads_every_field()
    {
        var group = Read<CommunityGroup>("""
            {"Id":1234567,"BusinessId":12345678,"BusinessName":"Main","Description":"Descripción","GroupAccess":1,"Name":"00001",
             "UserId":12345678,"Members":[5001,5002],"TeamGuid":"04d39c81-9292-49ec-9f48-bc910ae982b9","CreatedOn":"2018-07-03T06:23:01Z",
             "UpdatedOn":"2020-01-01T21:57:21Z","UpdatedBy":"System","UniqueId":"04d39c81-9292-49ec-9f48-bc910ae982b9",
             "SystemId":"{ metadata: { id: 887766, processed: true } }","IsNew":false}
            """);

        Assert.Equal(1234567, group.Id);
        Assert.Equal(12345678, group.BusinessId);
        Assert.Equal("Main", group.BusinessName);
        Assert.Equal("Descripción", group.Description);
        Assert.Equal(GroupAccess.Restricted, group.GroupAccess);
        Assert.Equal(new[] { 5001L, 5002L }, group.Members);
        Assert.Equal(Guid.Parse("04d39c81-9292-49ec-9f48-bc910ae982b9"), group.TeamGuid);
        Assert.Equal(new DateTime(2018, 7, 3, 6, 23, 1, DateTimeKind.Utc), group.CreatedOn);
        Assert.Equal(DateTimeKind.Utc, group.CreatedOn!.Value.Kind);
        Assert.Equal("{ metadata: { id: 887766, processed: true } }", group.SystemId);
        Assert.False(group.IsNew);
    }

    [Fact]
    public void The_list_shape_and_loose_values_read_the_same()
    {
        // Lists name the business and owner "Business"/"User", as numbers, numeric text or {Id} references; access by
        // name; dates without a zone (UTC); any casing of property names.
        var group = Read<CommunityGroup>("""
            {"id":"42","Business":{"Id":1001,"Name":"Main"},"User":"5001","name":"Book Club","groupaccess":"Private",
             "CreatedOn":"2026-01-02T03:04:05","Members":"5001,5002","UnknownField":{"a":[1,2]}}
            """);

        Assert.Equal(42, group.Id);
        Assert.Equal(1001, group.BusinessId);
        Assert.Equal(5001, group.UserId);
        Assert.Equal("Book Club", group.Name);
        Assert.Equal(GroupAccess.Private, group.GroupAccess);
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), group.CreatedOn);
        Assert.Equal(new[] { 5001L, 5002L }, group.Members);
    }

    [Fact]
    public void A_field_under_its_own_name_wins_over_its_alias_in_either_order()
    {
        Assert.Equal(7, Read<CommunityGroup>("""{"BusinessId":7,"Business":9}""").BusinessId);
        Assert.Equal(7, Read<CommunityGroup>("""{"Business":9,"BusinessId":7}""").BusinessId);
    }

    [Fact]
    public void Text_dates_and_flags_that_fit_no_reading_are_left_unset_rather_than_failing_the_page()
    {
        // Numbers are not among them: a number read as 0 would be a wrong value, so it fails naming its field (above).
        var room = Read<VideoRoom>("""{"Id":3,"Active":"maybe","NumberOfParticipants":"","Name":12,"CreatedOn":"not a date"}""");

        Assert.Equal(3, room.Id);
        Assert.False(room.Active);
        Assert.Equal(0, room.NumberOfParticipants);
        Assert.Equal("12", room.Name);
        Assert.Null(room.CreatedOn);
    }

    [Fact]
    public void True_false_reads_booleans_numbers_and_words()
    {
        Assert.True(Read<VideoRoom>("""{"Active":1}""").Active);
        Assert.True(Read<VideoRoom>("""{"Active":"Yes"}""").Active);
        Assert.False(Read<VideoRoom>("""{"Active":"false"}""").Active);
    }

    [Fact]
    public void A_page_reads_its_records_and_figures_in_one_pass()
    {
        var json = """
            {"Records":[{"Id":1,"Name":"A"},{"Id":2,"Name":"B"}],"CurrentPageSize":2,"CurrentPage":1,"HasNextPage":true,
             "PageNumber":1,"PageSize":2,"TotalItems":5,"TotalPages":3}
            """;

        var page = PageReader.Read<CommunityGroup>(Encoding.UTF8.GetBytes(json), RecordReader.For(typeof(CommunityGroup)), 1, 2);

        Assert.Equal(new[] { "A", "B" }, page.Records.Select(r => r.Name));
        Assert.True(page.HasNextPage);
        Assert.Equal(5, page.TotalItems);
    }

    [Fact]
    public void A_page_without_HasNextPage_ends_by_TotalPages_and_an_empty_page_ends_whatever_it_says()
    {
        var reader = RecordReader.For(typeof(CommunityGroup));
        var byTotal = PageReader.Read<CommunityGroup>(Encoding.UTF8.GetBytes("""{"Records":[{"Id":1}],"TotalPages":1}"""), reader, 1, 1);
        var empty = PageReader.Read<CommunityGroup>(Encoding.UTF8.GetBytes("""{"Records":[],"HasNextPage":true}"""), reader, 1, 25);
        var bare = PageReader.Read<CommunityGroup>(Encoding.UTF8.GetBytes("""[{"Id":1},{"Id":2}]"""), reader, 1, 25);

        Assert.False(byTotal.HasNextPage);
        Assert.False(empty.HasNextPage);
        Assert.Equal(2, bare.Records.Count);
        Assert.False(bare.HasNextPage);
    }

    [Fact]
    public void A_page_that_says_it_failed_is_not_read_as_an_empty_list()
    {
        Assert.Throws<UnsuccessfulAnswerException>(() =>
            PageReader.Read<CommunityGroup>(Encoding.UTF8.GetBytes("""{"WasSuccessful":false,"Records":[]}"""), RecordReader.For(typeof(CommunityGroup)), 1, 25));
    }

    [Fact]
    public void Command_metadata_reads_with_its_nested_parameters()
    {
        var command = Read<NexudusCommand>("""
            {"Key":"ADD_MEMBER","Name":"Add","AppliesOnlyToOneEntity":"true","NeedsEntitiesToRun":true,"Order":"5",
             "RequiresParameters":[{"Name":"Member Id","Type":"int"},{"Name":"Notify","Type":"Boolean"}]}
            """);

        Assert.Equal(CommandRecordCount.One, command.RecordCount);
        Assert.Equal(5, command.Order);
        Assert.Equal(new[] { "Member Id", "Notify" }, command.RequiresParameters.Select(p => p.Name));
    }
}
