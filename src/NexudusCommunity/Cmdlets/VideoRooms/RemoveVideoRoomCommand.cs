using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.VideoRooms
{
    /// <summary>Deletes video rooms by Id or from the pipeline.</summary>
    [Cmdlet(VerbsCommon.Remove, "VideoRoom", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveVideoRoomCommand : RemoveRecordCmdlet<VideoRoom>
    {
    }
}
