using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.CommunityGroups
{
    /// <summary>Changes the named fields of a community group and keeps all the others, members included.</summary>
    [Cmdlet(VerbsCommon.Set, "CommunityGroup", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CommunityGroup))]
    public sealed class SetCommunityGroupCommand : SetRecordCmdlet<CommunityGroup>
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Text]
        public string Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull, AllowEmptyString]
        [Text]
        public string Description { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Choice(typeof(GroupAccess))]
        public GroupAccess? GroupAccess { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        [ArgumentCompleter(typeof(BusinessIdCompleter))]
        public long? BusinessId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        public long? UserId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Members")]
        [AllowEmptyCollection]
        [WholeNumber]
        public long[] MemberId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        public long[] AddMember { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        public long[] RemoveMember { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull, AllowEmptyString]
        [Text]
        public string SystemId { get; set; }
    }
}
