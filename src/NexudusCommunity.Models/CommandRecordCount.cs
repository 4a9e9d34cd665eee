namespace NexudusCommunity.Models
{
    /// <summary>How many records one run of a command takes.</summary>
    public enum CommandRecordCount
    {
        /// <summary>It runs on no record (a housekeeping command).</summary>
        None,
        One,
        Two,
        /// <summary>Two or more.</summary>
        Many,
        /// <summary>One or more.</summary>
        Any,
    }
}
