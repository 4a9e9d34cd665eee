namespace NexudusCommunity.Sandbox;

/// <summary>
/// The sandbox's in-memory data. One lock guards everything: the data is small and correctness
/// under concurrent requests matters more than throughput. Every record handed out is a copy.
/// </summary>
public sealed partial class SandboxStore
{
    public const int FirstRecordId = 100000;
    public const int FirstUserId = 5001;
    public const int LastUserId = 5020;

    private readonly object _sync = new();
    private readonly MonotonicClock _clock = new();
    private readonly SortedDictionary<int, CommunityGroup> _groups = new();
    private readonly SortedDictionary<int, VideoRoom> _rooms = new();
    private List<Business> _businesses = new();
    private HashSet<int> _userIds = new();
    private int _nextGroupId = FirstRecordId;
    private int _nextRoomId = FirstRecordId;

    public SandboxStore()
    {
        Reset();
    }

    /// <summary>The user ids that count as existing members (5001..5020 by default).</summary>
    public IReadOnlyList<int> UserIds
    {
        get { lock (_sync) return _userIds.OrderBy(id => id).ToList(); }
    }

    public IReadOnlyList<Business> Businesses
    {
        get { lock (_sync) return _businesses.Select(b => b.Clone()).ToList(); }
    }

    /// <summary>Back to defaults: the two businesses, users 5001..5020, no groups or rooms, ids from 100000.</summary>
    public void Reset()
    {
        lock (_sync)
        {
            _groups.Clear();
            _rooms.Clear();
            _nextGroupId = FirstRecordId;
            _nextRoomId = FirstRecordId;
            _userIds = Enumerable.Range(FirstUserId, LastUserId - FirstUserId + 1).ToHashSet();
            _businesses = new List<Business>
            {
                NewBusiness(1001, "Sandbox Coworking"),
                NewBusiness(1002, "Sandbox Annex"),
            };
        }
    }

    /// <summary>Replaces the list of businesses (a single business is how "only one business" is tested).</summary>
    public void SetBusinesses(IEnumerable<Business> businesses)
    {
        var list = businesses.Select(b =>
        {
            var copy = NewBusiness(b.Id, b.Name);
            if (b.WebAddress != null) copy.WebAddress = b.WebAddress;
            if (b.Currency != null) copy.Currency = b.Currency;
            if (b.TimeZone != null) copy.TimeZone = b.TimeZone;
            copy.Active = b.Active;
            if (b.UniqueId != Guid.Empty) copy.UniqueId = b.UniqueId;
            return copy;
        }).ToList();
        lock (_sync) _businesses = list;
    }

    /// <summary>Replaces the set of user ids that count as existing members.</summary>
    public void SetUserIds(IEnumerable<int> userIds)
    {
        var set = userIds.ToHashSet();
        lock (_sync) _userIds = set;
    }

    public bool BusinessExists(int id)
    {
        lock (_sync) return _businesses.Any(b => b.Id == id);
    }

    public bool UserExists(int id)
    {
        lock (_sync) return _userIds.Contains(id);
    }

    private Business NewBusiness(int id, string name)
    {
        var now = _clock.Next();
        return new Business
        {
            Id = id,
            Name = name ?? $"Business {id}",
            WebAddress = Slug(name ?? $"business-{id}"),
            CreatedOn = now,
            UpdatedOn = now,
            UniqueId = Guid.NewGuid(),
        };
    }

    private static string Slug(string name) =>
        new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
}
