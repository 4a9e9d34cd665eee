using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.CommunityGroups
{
    /// <summary>Creates a community group and returns it as the server stored it.</summary>
    [Cmdlet(VerbsCommon.New, "CommunityGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CommunityGroup))]
    public sealed class NewCommunityGroupCommand : NewRecordCmdlet<CommunityGroup>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Text(Required = true)]
        public string Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
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
        [WholeNumber]
        public long[] MemberId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Text]
        public string SystemId { get; set; }
    }
}
