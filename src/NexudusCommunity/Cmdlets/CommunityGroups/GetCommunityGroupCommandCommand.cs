using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.CommunityGroups
{
    /// <summary>Lists the commands (bulk actions) the server offers for community groups.</summary>
    [Cmdlet(VerbsCommon.Get, "CommunityGroupCommand")]
    [OutputType(typeof(NexudusCommand))]
    public sealed class GetCommunityGroupCommandCommand : GetEntityCommandCmdlet<CommunityGroup>
    {
    }
}
