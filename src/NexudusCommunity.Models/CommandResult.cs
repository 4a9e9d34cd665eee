namespace NexudusCommunity.Models
{
    /// <summary>What the server said after running a command.</summary>
    public sealed class CommandResult
    {
        public string Key { get; set; }
        public long[] Ids { get; set; }
        public bool WasSuccessful { get; set; }
        public string Message { get; set; }

        /// <summary>The record the server reports as affected (Value.Id), if any.</summary>
        public long? AffectedId { get; set; }

        public System.DateTime? UpdatedOn { get; set; }
        public string UpdatedBy { get; set; }

        public override string ToString() => Message;
    }
}
