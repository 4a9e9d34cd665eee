using System;
using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.VideoRooms
{
    /// <summary>Creates a video room and returns it as the server stored it.</summary>
    [Cmdlet(VerbsCommon.New, "VideoRoom", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VideoRoom))]
    public sealed class NewVideoRoomCommand : NewRecordCmdlet<VideoRoom>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Text(Required = true)]
        public string Name { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        public int? NumberOfParticipants { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Text]
        public string Description { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        [ArgumentCompleter(typeof(BusinessIdCompleter))]
        public long? BusinessId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TrueFalse]
        public bool? Active { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TrueFalse]
        public bool? OnlyForContacts { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TrueFalse]
        public bool? OnlyForMembers { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Address]
        public Uri NewImageUrl { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Text]
        public string SystemId { get; set; }
    }
}
