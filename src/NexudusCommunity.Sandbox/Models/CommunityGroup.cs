namespace NexudusCommunity.Sandbox;

/// <summary>A community group as the sandbox stores it. Instances handed out by the store are copies.</summary>
public sealed class CommunityGroup
{
    public int Id { get; set; }
    public int BusinessId { get; set; }
    public int UserId { get; set; }
    public string Name { get; set; }
    public string Description { get; set; }
    /// <summary>1 Restricted, 2 Public, 3 Private.</summary>
    public int GroupAccess { get; set; } = GroupAccessLevels.Public;
    public List<int> Members { get; set; } = new();
    public DateTime CreatedOn { get; set; }
    public DateTime UpdatedOn { get; set; }
    public string UpdatedBy { get; set; }
    public Guid UniqueId { get; set; }
    public string SystemId { get; set; }

    public CommunityGroup Clone()
    {
        var copy = (CommunityGroup)MemberwiseClone();
        copy.Members = Members == null ? new List<int>() : new List<int>(Members);
        return copy;
    }
}
