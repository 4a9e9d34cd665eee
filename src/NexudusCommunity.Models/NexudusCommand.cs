using System.Text.Json.Serialization;
using NexudusCommunity.Models.Json;

namespace NexudusCommunity.Models
{
    /// <summary>An action the server offers for an entity (the dashboard's bulk actions), with what it needs to run.</summary>
    public sealed class NexudusCommand
    {
        /// <summary>The entity it applies to, e.g. "CommunityGroup".</summary>
        public string Entity { get; set; }

        public string Key { get; set; }
        public string Name { get; set; }

        [JsonConverter(typeof(FlexibleBoolConverter))]
        public bool AppliesOnlyToOneEntity { get; set; }

        [JsonConverter(typeof(FlexibleBoolConverter))]
        public bool AppliesOnlyToTwoEntities { get; set; }

        [JsonConverter(typeof(FlexibleBoolConverter))]
        public bool AppliesOnlyToMultipleEntities { get; set; }

        [JsonConverter(typeof(FlexibleBoolConverter))]
        public bool NeedsEntitiesToRun { get; set; }

        [JsonConverter(typeof(FlexibleBoolConverter))]
        public bool DisplayInDropdown { get; set; }

        [JsonConverter(typeof(FlexibleBoolConverter))]
        public bool DisplayInGrid { get; set; }

        [JsonConverter(typeof(FlexibleIntConverter))]
        public int Order { get; set; }

        public CommandParameter[] RequiresParameters { get; set; } = new CommandParameter[0];

        /// <summary>How many records one run takes: None, One, Two, Many (two or more), or Any (one or more).</summary>
        [JsonIgnore]
        public string EntityCount =>
            !NeedsEntitiesToRun ? "None"
            : AppliesOnlyToOneEntity ? "One"
            : AppliesOnlyToTwoEntities ? "Two"
            : AppliesOnlyToMultipleEntities ? "Many"
            : "Any";

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
