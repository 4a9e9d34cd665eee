using System;

namespace NexudusCommunity.Models.Spec
{
    /// <summary>
    /// Marks a model as one API entity and says where it lives. With the <see cref="FieldAttribute"/>s of its
    /// properties this is the one description of the entity: the engine's reader, write bodies and filters, the
    /// cmdlets' parameters and checks, completion, and the sandbox's store and endpoints all derive from it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    public sealed class EntityAttribute : Attribute
    {
        public EntityAttribute(string name, string path)
        {
            Name = name;
            Path = path;
        }

        /// <summary>The API's name: "CommunityGroup". Roles are "CommunityGroup-List", filters "CommunityGroup_Name".</summary>
        public string Name { get; }

        /// <summary>Relative to the API root: "api/community/communitygroups".</summary>
        public string Path { get; }

        /// <summary>The field that names a record to people (confirmations, completion, lookups by name).</summary>
        public string NameField { get; set; }

        /// <summary>The entity has the commands and runcommand endpoints.</summary>
        public bool HasCommands { get; set; }

        /// <summary>This module only reads it: the same as <see cref="Verbs"/> = Get.</summary>
        public bool ReadOnly { get; set; }

        /// <summary>The noun of its cmdlets ("NexudusCalendarEvent"); null: <see cref="Name"/>.</summary>
        public string Noun { get; set; }

        /// <summary>
        /// The standard cmdlets generated for it (default: all four; Get only when <see cref="ReadOnly"/>). A verb left out
        /// can still have a hand-written cmdlet on the same base class.
        /// </summary>
        public EntityVerbs Verbs { get; set; } = EntityVerbs.All;

        /// <summary>The columns of its default table view, in order ("Name, StartDate, Id"), fitting 80 columns; null: none.</summary>
        public string View { get; set; }

        /// <summary>The query parameter that asks for several records by Id ("[1,2,3]"); "&lt;Name&gt;_Id" (a list filter) when
        /// not set. "id" is the documented batch read, answered with full records.</summary>
        public string IdListParameter { get; set; }
    }
}
