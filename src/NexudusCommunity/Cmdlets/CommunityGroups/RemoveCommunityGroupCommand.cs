using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.CommunityGroups
{
    /// <summary>Deletes community groups by Id or from the pipeline.</summary>
    [Cmdlet(VerbsCommon.Remove, "CommunityGroup", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCommunityGroupCommand : RemoveRecordCmdlet<CommunityGroup>
    {
    }
}
