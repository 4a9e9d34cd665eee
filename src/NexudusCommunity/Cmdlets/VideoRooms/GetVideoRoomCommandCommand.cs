using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.VideoRooms
{
    /// <summary>Lists the commands (bulk actions) the server offers for video rooms.</summary>
    [Cmdlet(VerbsCommon.Get, "VideoRoomCommand")]
    [OutputType(typeof(NexudusCommand))]
    public sealed class GetVideoRoomCommandCommand : GetEntityCommandCmdlet<VideoRoom>
    {
    }
}
