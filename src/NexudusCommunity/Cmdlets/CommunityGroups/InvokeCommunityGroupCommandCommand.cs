using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.CommunityGroups
{
    /// <summary>Runs a server command on community groups: piped groups go in one request unless the command takes one at a time.</summary>
    [Cmdlet(VerbsLifecycle.Invoke, "CommunityGroupCommand", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(CommandResult))]
    public sealed class InvokeCommunityGroupCommandCommand : InvokeEntityCommandCmdlet<CommunityGroup>
    {
    }
}
