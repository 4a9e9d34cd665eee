namespace NexudusCommunity.Sandbox;

/// <summary>A business (location) the signed-in user can see.</summary>
public sealed class Business
{
    public int Id { get; set; }
    public string Name { get; set; }
    public string WebAddress { get; set; }
    public string Currency { get; set; } = "EUR";
    public string TimeZone { get; set; } = "Europe/London";
    public bool Active { get; set; } = true;
    public DateTime CreatedOn { get; set; }
    public DateTime UpdatedOn { get; set; }
    public Guid UniqueId { get; set; }

    public Business Clone() => (Business)MemberwiseClone();
}
