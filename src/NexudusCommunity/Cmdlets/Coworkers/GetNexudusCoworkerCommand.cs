using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Coworkers
{
    /// <summary>Gets coworkers (the customers group members are) by Id, or lists them by name, email, business and whether active.</summary>
    [Cmdlet(VerbsCommon.Get, "NexudusCoworker", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Coworker))]
    public sealed class GetNexudusCoworkerCommand : GetRecordCmdlet<Coworker>
    {
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NameCompleter))]
        public string Name { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string Email { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(BusinessIdCompleter))]
        public long? BusinessId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [TrueFalse]
        public bool? Active { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public CoworkerType? CoworkerType { get; set; }
    }
}
