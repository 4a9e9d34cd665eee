using System.Collections.Generic;
using System.Management.Automation;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.VideoRooms
{
    /// <summary>Changes the named fields of a video room and keeps all the others.</summary>
    [Cmdlet(VerbsCommon.Set, "VideoRoom", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VideoRoom))]
    public sealed class SetVideoRoomCommand : SetRecordCmdlet<VideoRoom>
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter]
        [AllowNull, AllowEmptyString]
        public string Description { get; set; }

        [Parameter]
        public int NumberOfParticipants { get; set; }

        [Parameter]
        [ValidateRange(1, int.MaxValue)]

        [ArgumentCompleter(typeof(BusinessIdCompleter))]
        public int BusinessId { get; set; }

        [Parameter]
        public bool Active { get; set; }

        [Parameter]
        public bool OnlyForContacts { get; set; }

        [Parameter]
        public bool OnlyForMembers { get; set; }

        /// <summary>Replace the image with the one at this address.</summary>
        [Parameter]
        public System.Uri NewImageUrl { get; set; }

        /// <summary>Remove the current image.</summary>
        [Parameter]
        public SwitchParameter ClearImageFile { get; set; }

        [Parameter]
        [AllowNull, AllowEmptyString]
        public string SystemId { get; set; }

        protected override EntityDefinition<VideoRoom> Definition => EntityCatalog.VideoRooms;

        protected override void CheckParameters()
        {
            if (IsBound(nameof(NewImageUrl)) && ClearImageFile)
                throw BadArgument(nameof(ClearImageFile), "ClearImageFile: cannot be combined with -NewImageUrl.");
            if (IsBound(nameof(NumberOfParticipants)) && NumberOfParticipants < 1)
                throw BadArgument(nameof(NumberOfParticipants), $"NumberOfParticipants: must be at least 1 (got {NumberOfParticipants}).");
            if (IsBound(nameof(Name))) RecordChecks.Name(Name);
            if (IsBound(nameof(NewImageUrl))) ImageUrls.Check(NewImageUrl, nameof(NewImageUrl));
        }

        protected override IReadOnlyList<string> ApplyChanges(VideoRoom current)
        {

            var changes = new FieldChanges();
            if (IsBound(nameof(Name))) changes.Set(nameof(Name), current.Name, current.Name = RecordChecks.Name(Name));
            if (IsBound(nameof(Description))) changes.Set(nameof(Description), current.Description, current.Description = string.IsNullOrEmpty(Description) ? null : Description);
            if (IsBound(nameof(NumberOfParticipants))) changes.Set(nameof(NumberOfParticipants), current.NumberOfParticipants, current.NumberOfParticipants = NumberOfParticipants);
            if (IsBound(nameof(BusinessId))) changes.Set(nameof(BusinessId), current.BusinessId, current.BusinessId = BusinessId);
            if (IsBound(nameof(Active))) changes.Set(nameof(Active), current.Active, current.Active = Active);
            if (IsBound(nameof(OnlyForContacts))) changes.Set(nameof(OnlyForContacts), current.OnlyForContacts, current.OnlyForContacts = OnlyForContacts);
            if (IsBound(nameof(OnlyForMembers))) changes.Set(nameof(OnlyForMembers), current.OnlyForMembers, current.OnlyForMembers = OnlyForMembers);
            if (IsBound(nameof(SystemId))) changes.Set(nameof(SystemId), current.SystemId, current.SystemId = string.IsNullOrEmpty(SystemId) ? null : SystemId);
            if (IsBound(nameof(NewImageUrl)))
            {
                current.NewImageUrl = ImageUrls.Check(NewImageUrl, nameof(NewImageUrl));
                changes.Add("Image");
            }
            if (ClearImageFile)
            {
                current.ClearImageFile = true;
                changes.Add("Image");
            }
            return changes.Names;
        }
    }
}
