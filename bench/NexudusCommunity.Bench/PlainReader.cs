using System.Management.Automation;
using System.Net.Http.Headers;
using System.Text.Json;

namespace NexudusCommunity.Bench;

/// <summary>
/// The read benchmark's baseline: what a plain client does with the same pages, and nothing more. One HttpClient,
/// a bearer token, and System.Text.Json deserializing each page into typed records, written to the pipeline one by
/// one, as Get-CommunityGroup writes them. (Import this assembly into the pwsh that also imports the module.)
/// </summary>
[Cmdlet(VerbsCommunications.Read, "PlainGroupPage")]
[OutputType(typeof(PlainGroup))]
public sealed class ReadPlainGroupPageCommand : PSCmdlet
{
    private static readonly HttpClient Client = new();

    [Parameter(Mandatory = true)]
    public Uri BaseUri { get; set; } = null!;

    [Parameter]
    public int PageSize { get; set; } = 1000;

    protected override void EndProcessing()
    {
        for (var page = 1; ; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseUri, $"api/community/communitygroups?page={page}&size={PageSize}&dir=Ascending"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "bench-token");
            using var response = Client.Send(request);
            response.EnsureSuccessStatusCode();
            using var stream = response.Content.ReadAsStream();
            var result = JsonSerializer.Deserialize<PlainPage>(stream)!;
            foreach (var record in result.Records) WriteObject(record);
            if (!result.HasNextPage || result.Records.Count == 0) return;
        }
    }
}

public sealed class PlainPage
{
    public List<PlainGroup> Records { get; set; } = new();
    public bool HasNextPage { get; set; }
    public int TotalItems { get; set; }
}

public sealed class PlainGroup
{
    public int Id { get; set; }
    public int BusinessId { get; set; }
    public string? BusinessName { get; set; }
    public int UserId { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public int? GroupAccess { get; set; }
    public Guid? TeamGuid { get; set; }
    public Guid? CourseGuid { get; set; }
    public DateTime? CreatedOn { get; set; }
    public DateTime? UpdatedOn { get; set; }
    public string? UpdatedBy { get; set; }
    public Guid? UniqueId { get; set; }
    public bool? IsNew { get; set; }
    public string? SystemId { get; set; }
}
