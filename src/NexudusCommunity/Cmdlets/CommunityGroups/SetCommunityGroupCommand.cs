using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.CommunityGroups
{
    /// <summary>Changes the named fields of a community group and keeps all the others, members included.</summary>
    [Cmdlet(VerbsCommon.Set, "CommunityGroup", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CommunityGroup))]
    public sealed class SetCommunityGroupCommand : SetRecordCmdlet<CommunityGroup>
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; }

        /// <summary>New description; $null or '' clears it.</summary>
        [Parameter]
        [AllowNull, AllowEmptyString]
        public string Description { get; set; }

        [Parameter]
        public GroupAccess GroupAccess { get; set; }

        [Parameter]
        [ValidateRange(1, int.MaxValue)]

        [ArgumentCompleter(typeof(BusinessIdCompleter))]
        public int BusinessId { get; set; }

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int UserId { get; set; }

        /// <summary>Replaces the whole member list.</summary>
        [Parameter]
        [AllowEmptyCollection]
        [ValidateRange(1, int.MaxValue)]
        public int[] MemberId { get; set; }

        /// <summary>Members to add, keeping the others.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int[] AddMember { get; set; }

        /// <summary>Members to remove, keeping the others.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int[] RemoveMember { get; set; }

        [Parameter]
        [AllowNull, AllowEmptyString]
        public string SystemId { get; set; }

        protected override EntityDefinition<CommunityGroup> Definition => EntityCatalog.CommunityGroups;

        protected override void CheckParameters()
        {
            if (IsBound(nameof(MemberId)) && (IsBound(nameof(AddMember)) || IsBound(nameof(RemoveMember))))
                throw BadArgument(nameof(MemberId), "MemberId: replaces the member list, so it cannot be combined with -AddMember or -RemoveMember.");
            var overlap = (AddMember ?? new int[0]).Intersect(RemoveMember ?? new int[0]).ToArray();
            if (overlap.Length > 0)
                throw BadArgument(nameof(AddMember), $"AddMember: {string.Join(", ", overlap)} also named in -RemoveMember.");
            if (IsBound(nameof(Name))) RecordChecks.Name(Name);
            if (IsBound(nameof(GroupAccess))) RecordChecks.Defined<GroupAccess>(GroupAccess, nameof(GroupAccess));
        }

        protected override IReadOnlyList<string> ApplyChanges(CommunityGroup current)
        {
            var changed = new FieldChanges();

            if (IsBound(nameof(Name))) changed.Set(nameof(Name), current.Name, current.Name = RecordChecks.Name(Name));
            if (IsBound(nameof(Description))) changed.Set(nameof(Description), current.Description, current.Description = string.IsNullOrEmpty(Description) ? null : Description);
            if (IsBound(nameof(GroupAccess))) changed.Set(nameof(GroupAccess), current.GroupAccess, current.GroupAccess = RecordChecks.Defined<GroupAccess>(GroupAccess, nameof(GroupAccess)));
            if (IsBound(nameof(BusinessId))) changed.Set(nameof(BusinessId), current.BusinessId, current.BusinessId = BusinessId);
            if (IsBound(nameof(UserId))) changed.Set(nameof(UserId), current.UserId, current.UserId = UserId);
            if (IsBound(nameof(SystemId))) changed.Set(nameof(SystemId), current.SystemId, current.SystemId = string.IsNullOrEmpty(SystemId) ? null : SystemId);

            var members = current.Members ?? new int[0];
            var newMembers = IsBound(nameof(MemberId))
                ? (MemberId ?? new int[0]).Distinct().ToArray()
                : members.Union(AddMember ?? new int[0]).Except(RemoveMember ?? new int[0]).ToArray();
            if (!new HashSet<int>(members).SetEquals(newMembers))
            {
                current.AddedMembers = newMembers.Except(members).ToArray();
                current.RemovedMembers = members.Except(newMembers).ToArray();
                current.Members = newMembers;
                changed.Add("Members");
            }
            return changed.Names;
        }
    }
}
