using System.Management.Automation;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.CommunityGroups
{
    /// <summary>Deletes community groups by Id or from the pipeline.</summary>
    [Cmdlet(VerbsCommon.Remove, "CommunityGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCommunityGroupCommand : RemoveRecordCmdlet<CommunityGroup>
    {
        protected override EntityDefinition<CommunityGroup> Definition => EntityCatalog.CommunityGroups;
    }
}
