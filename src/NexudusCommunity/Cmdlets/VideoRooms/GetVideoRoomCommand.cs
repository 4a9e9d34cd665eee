using System;
using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.VideoRooms
{
    /// <summary>Gets video rooms by Id, or lists them by name, business and whether they are active.</summary>
    [Cmdlet(VerbsCommon.Get, "VideoRoom", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(VideoRoom))]
    public sealed class GetVideoRoomCommand : GetRecordCmdlet<VideoRoom>
    {
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NameCompleter))]
        public string Name { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(BusinessIdCompleter))]
        public long? BusinessId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [TrueFalse]
        public bool? Active { get; set; }
    }
}
