using System.Linq;
using System.Management.Automation;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.CommunityGroups
{
    /// <summary>Creates a community group and returns it as the server stored it.</summary>
    [Cmdlet(VerbsCommon.New, "CommunityGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CommunityGroup))]
    public sealed class NewCommunityGroupCommand : NewRecordCmdlet<CommunityGroup>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Description { get; set; }

        /// <summary>Restricted, Public or Private; the server's default when omitted.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public GroupAccess? GroupAccess { get; set; }

        /// <summary>Defaults to the connection's business.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, int.MaxValue)]
        [ArgumentCompleter(typeof(BusinessIdCompleter))]
        public int? BusinessId { get; set; }

        /// <summary>The owner (a user id); the server decides when omitted.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, int.MaxValue)]
        public int? UserId { get; set; }

        /// <summary>Initial members (user ids).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Members")]
        [ValidateRange(1, int.MaxValue)]
        public int[] MemberId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string SystemId { get; set; }

        protected override EntityDefinition<CommunityGroup> Definition => EntityCatalog.CommunityGroups;

        protected override CommunityGroup BuildRecord() => new CommunityGroup
        {
            Name = RecordChecks.Name(Name),
            Description = RecordChecks.Description(Description),
            GroupAccess = RecordChecks.Defined(GroupAccess, "GroupAccess"),
            BusinessId = ResolveBusinessId(BusinessId),
            UserId = UserId ?? 0,
            Members = MemberId?.Distinct().ToArray(),
            SystemId = SystemId,
        };
    }
}
