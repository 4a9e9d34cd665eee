namespace NexudusCommunity.Models
{
    /// <summary>Whether a coworker is a person or a company.</summary>
    public enum CoworkerType
    {
        Individual = 1,
        Company = 2,
    }
}
