using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Users
{
    /// <summary>Gets user accounts (who owns groups and posts threads: their UserId) by Id, or lists them by name, email and whether active.</summary>
    [Cmdlet(VerbsCommon.Get, "NexudusUser", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(User))]
    public sealed class GetNexudusUserCommand : GetRecordCmdlet<User>
    {
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NameCompleter))]
        public string Name { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string Email { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [TrueFalse]
        public bool? Active { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [TrueFalse]
        public bool? IsAdmin { get; set; }
    }
}
