using System.Management.Automation;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.VideoRooms
{
    /// <summary>Creates a video room and returns it as the server stored it.</summary>
    [Cmdlet(VerbsCommon.New, "VideoRoom", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(VideoRoom))]
    public sealed class NewVideoRoomCommand : NewRecordCmdlet<VideoRoom>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        /// <summary>How many people the room holds (1 to 100 on the sandbox; the server decides the range).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public int NumberOfParticipants { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Description { get; set; }

        /// <summary>Defaults to the connection's business.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, int.MaxValue)]
        [ArgumentCompleter(typeof(BusinessIdCompleter))]
        public int? BusinessId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter Active { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter OnlyForContacts { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter OnlyForMembers { get; set; }

        /// <summary>The address of an image for the server to fetch and store.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public System.Uri NewImageUrl { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string SystemId { get; set; }

        protected override EntityDefinition<VideoRoom> Definition => EntityCatalog.VideoRooms;

        protected override VideoRoom BuildRecord()
        {
            if (NumberOfParticipants < 1)
                throw BadArgument(nameof(NumberOfParticipants), $"NumberOfParticipants: must be at least 1 (got {NumberOfParticipants}).");
            return new VideoRoom
            {
                Name = RecordChecks.Name(Name),
                NumberOfParticipants = NumberOfParticipants,
                Description = Description,
                BusinessId = ResolveBusinessId(BusinessId),
                Active = Active,
                OnlyForContacts = OnlyForContacts,
                OnlyForMembers = OnlyForMembers,
                NewImageUrl = ImageUrls.Check(NewImageUrl, nameof(NewImageUrl)),
                SystemId = SystemId,
            };
        }
    }
}
