using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.CommunityGroups
{
    /// <summary>Adds members to a community group: coworkers, coworker Ids or emails, from the pipeline (a CSV) or the command line.</summary>
    [Cmdlet(VerbsCommon.Add, "CommunityGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CommunityGroup))]
    public sealed class AddCommunityGroupMemberCommand : GroupMembershipCmdlet
    {
        protected override bool Adding => true;
    }
}
