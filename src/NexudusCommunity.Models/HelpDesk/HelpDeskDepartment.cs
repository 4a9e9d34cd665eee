using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Models
{
    /// <summary>A team help-desk messages are routed to (billing, building, events...), with the staff who manage it.</summary>
    [Entity("HelpDeskDepartment", "api/support/helpdeskdepartments", Noun = "NexudusHelpDeskDepartment", NameField = nameof(Name), IdListParameter = "id",
        View = "Name, Active, Id")]
    public sealed partial class HelpDeskDepartment : BusinessRecord
    {
        [Field(FieldFlags.Writable | FieldFlags.Required | FieldFlags.Sortable, Filter = "Name", Help = "The department's name.")]
        public string Name { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Required, Filter = "Description", Help = "What the department deals with, shown to customers choosing one.")]
        public string Description { get; set; }

        [Field(FieldFlags.Writable | FieldFlags.Sortable, Filter = "Active", Help = "Whether customers can send messages to the department.")]
        public bool Active { get; set; }

        /// <summary>Manager user ids. Null when the record came from a list, which leaves them out; empty means none.</summary>
        [Field(FieldFlags.Writable | FieldFlags.DetailOnly, References = "User", Parameter = "ManagerId", AddParameter = "AddManager",
            RemoveParameter = "RemoveManager", Help = "The staff who handle the department's messages, as user Ids.")]
        public long[] Managers { get; set; }

        [Field(FieldFlags.Writable, Filter = "TaskList", Help = "The task list new messages add tasks to, as a task list Id.")]
        public long? TaskListId { get; set; }
    }
}
