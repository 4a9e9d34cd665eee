namespace NexudusCommunity.Models
{
    /// <summary>An action the server offers for an entity (the dashboard's bulk actions), with what it needs to run.</summary>
    public sealed class NexudusCommand
    {
        /// <summary>The entity it applies to, e.g. "CommunityGroup".</summary>
        public string Entity { get; set; }

        public string Key { get; set; }
        public string Name { get; set; }
        public bool AppliesOnlyToOneEntity { get; set; }
        public bool AppliesOnlyToTwoEntities { get; set; }
        public bool AppliesOnlyToMultipleEntities { get; set; }
        public bool NeedsEntitiesToRun { get; set; }
        public bool DisplayInDropdown { get; set; }
        public bool DisplayInGrid { get; set; }
        public int Order { get; set; }
        public CommandParameter[] RequiresParameters { get; set; } = new CommandParameter[0];

        /// <summary>How many records one run takes.</summary>
        public CommandRecordCount RecordCount =>
            !NeedsEntitiesToRun ? CommandRecordCount.None
            : AppliesOnlyToOneEntity ? CommandRecordCount.One
            : AppliesOnlyToTwoEntities ? CommandRecordCount.Two
            : AppliesOnlyToMultipleEntities ? CommandRecordCount.Many
            : CommandRecordCount.Any;

        public override string ToString() => Key;
    }

    /// <summary>One value a command needs, in order.</summary>
    public sealed class CommandParameter
    {
        public string Name { get; set; }

        /// <summary>The API's type name: string, Boolean, int, decimal, DateTime...</summary>
        public string Type { get; set; }

        public override string ToString() => $"{Name} ({Type})";
    }
}
