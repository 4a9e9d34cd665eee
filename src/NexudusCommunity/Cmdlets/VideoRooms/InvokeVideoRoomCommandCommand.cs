using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.VideoRooms
{
    /// <summary>Runs a server command on video rooms: piped rooms go in one request unless the command takes one at a time.</summary>
    [Cmdlet(VerbsLifecycle.Invoke, "VideoRoomCommand", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(CommandResult))]
    public sealed class InvokeVideoRoomCommandCommand : InvokeEntityCommandCmdlet<VideoRoom>
    {
    }
}
