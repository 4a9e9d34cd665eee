using NexudusCommunity.Api.Paging;

namespace NexudusCommunity.Tests;

/// <summary>Lists are asked for in the newest pages' vocabulary.</summary>
public class ListQueryTests
{
    [Fact]
    public void Sort_and_ranges_use_orderBy_lower_case_prefixes_and_the_direction_by_name()
    {
        var query = new ListQuery("CommunityGroup") { OrderBy = "Name", Descending = true }
            .Range("CreatedOn", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));

        var sent = query.ForPage(2, 50).ToString();

        Assert.Equal("from_CommunityGroup_CreatedOn=2026-01-02T03%3A04%3A05&to_CommunityGroup_CreatedOn=2026-02-01T00%3A00%3A00&page=2&size=50&orderBy=Name&dir=Descending", sent);
    }
}
