namespace NexudusCommunity.Sandbox;

/// <summary>A video room as the sandbox stores it. Instances handed out by the store are copies.</summary>
public sealed class VideoRoom
{
    public int Id { get; set; }
    public int BusinessId { get; set; }
    public string Name { get; set; }
    public string Description { get; set; }
    public int NumberOfParticipants { get; set; }
    public bool Active { get; set; }
    public bool OnlyForContacts { get; set; }
    public bool OnlyForMembers { get; set; }
    /// <summary>Read-only over the API: set by NewImageUrl, cleared by ClearImageFile.</summary>
    public string ImageFileName { get; set; }
    public DateTime CreatedOn { get; set; }
    public DateTime UpdatedOn { get; set; }
    public string UpdatedBy { get; set; }
    public Guid UniqueId { get; set; }
    public string SystemId { get; set; }

    public VideoRoom Clone() => (VideoRoom)MemberwiseClone();
}
