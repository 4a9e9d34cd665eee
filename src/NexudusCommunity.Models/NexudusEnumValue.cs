namespace NexudusCommunity.Models
{
    /// <summary>One value of an API enum, as GET /api/utils/enums answers it: the number the API stores, its name and label.</summary>
    public sealed class NexudusEnumValue
    {
        /// <summary>The enum it belongs to ("eCommunityThreadVisibility"); set by the module, not part of the answer.</summary>
        public string Enum { get; set; }

        public int Id { get; set; }
        public string Name { get; set; }
        public string Label { get; set; }

        public override string ToString() => Name;
    }
}
