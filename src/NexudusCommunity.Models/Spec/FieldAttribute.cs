using System;

namespace NexudusCommunity.Models.Spec
{
    /// <summary>
    /// What the API does with one property of an entity. A property without this attribute is a read-only field
    /// under its own name. The field's kind (number, text, true/false, date, choice, list of ids) is its type.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class FieldAttribute : Attribute
    {
        public FieldAttribute(FieldFlags flags = FieldFlags.None) => Flags = flags;

        public FieldFlags Flags { get; }

        /// <summary>The list filter, after the entity prefix: "Business" is sent as CommunityGroup_Business. Null: not filterable.</summary>
        public string Filter { get; set; }

        /// <summary>Ranges can be searched with -&lt;Range&gt;After and -&lt;Range&gt;Before ("Created": -CreatedAfter).</summary>
        public string Range { get; set; }

        /// <summary>Another name some answers use for it ("Business" for BusinessId in lists).</summary>
        public string Alias { get; set; }

        /// <summary>The entity whose Id it holds ("Business", "Coworker", "User").</summary>
        public string References { get; set; }

        /// <summary>The cmdlet parameter that sets it, when that is not the field's own name ("MemberId" for Members).</summary>
        public string Parameter { get; set; }

        /// <summary>For a list of ids: the parameter that adds ids, sent as Added&lt;Field&gt; so the server keeps the others.</summary>
        public string AddParameter { get; set; }

        /// <summary>For a list of ids: the parameter that removes ids, sent as Removed&lt;Field&gt;.</summary>
        public string RemoveParameter { get; set; }

        /// <summary>The longest text accepted (0: no limit the sources give).</summary>
        public int MaxLength { get; set; }

        /// <summary>The least number accepted (ids are always 1 or more).</summary>
        public int Minimum { get; set; } = int.MinValue;

        /// <summary>The position of its parameter on New- (and on Get- for <see cref="FieldFlags.Parent"/>); -1: by name only
        /// (the name field of a record that requires it is position 0 on New- and Get- unless told).</summary>
        public int Position { get; set; } = -1;

        /// <summary>The generated cmdlets that leave it out as a parameter (a message's poster is not changed by Set-).</summary>
        public EntityVerbs Omit { get; set; }

        /// <summary>
        /// What the field means to people, once for every cmdlet parameter that sets or filters it: "The thread's title.",
        /// or for true/false "Whether only the customers mentioned in it see it.". The module's help builds each
        /// parameter's description from it (docs/help/README.md); null: the cmdlets' help pages describe it.
        /// </summary>
        public string Help { get; set; }
    }
}
