using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>Whether a coworker is a person or a company (eCoworkerRecordType).</summary>
    [ApiEnum("eCoworkerRecordType")]
    public enum CoworkerType
    {
        Individual = 1,
        Company = 2,
    }
}
