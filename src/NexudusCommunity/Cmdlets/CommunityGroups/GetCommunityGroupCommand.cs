using System;
using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.CommunityGroups
{
    /// <summary>Gets community groups by Id, or lists them by name, access, business, owner, member and dates.</summary>
    [Cmdlet(VerbsCommon.Get, "CommunityGroup", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(CommunityGroup))]
    public sealed class GetCommunityGroupCommand : GetRecordCmdlet<CommunityGroup>
    {
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NameCompleter))]
        public string Name { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string Description { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public GroupAccess? GroupAccess { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(BusinessIdCompleter))]
        public long? BusinessId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public long? UserId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public long? MemberId { get; set; }
    }
}
