using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.VideoRooms
{
    /// <summary>Changes the named fields of a video room and keeps all the others.</summary>
    [Cmdlet(VerbsCommon.Set, "VideoRoom", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VideoRoom))]
    public sealed class SetVideoRoomCommand : SetRecordCmdlet<VideoRoom>
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Text]
        public string Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull, AllowEmptyString]
        [Text]
        public string Description { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [WholeNumber]
        public int? NumberOfParticipants { get; set; }

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

        /// <summary>Replace the image with the one at this address.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Address]
        public Uri NewImageUrl { get; set; }

        /// <summary>Remove the current image.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TrueFalse]
        public SwitchParameter ClearImageFile { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull, AllowEmptyString]
        [Text]
        public string SystemId { get; set; }

        protected override void CheckCombination(IReadOnlyList<FieldValue> values)
        {
            if (values.Any(v => v.Parameter == nameof(NewImageUrl)) && values.Any(v => v.Parameter == nameof(ClearImageFile) && true.Equals(v.Value)))
                throw new ParameterException(nameof(ClearImageFile), "ClearImageFile: cannot be combined with -NewImageUrl.");
        }
    }
}
