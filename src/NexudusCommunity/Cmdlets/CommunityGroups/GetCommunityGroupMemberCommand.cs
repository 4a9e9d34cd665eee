using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.CommunityGroups
{
    /// <summary>The members of community groups, as coworkers: one read of the group, then one of its members per hundred.</summary>
    [Cmdlet(VerbsCommon.Get, "CommunityGroupMember")]
    [OutputType(typeof(Coworker))]
    public sealed class GetCommunityGroupMemberCommand : EntityCmdlet<CommunityGroup>
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNull]
        [Alias("CommunityGroup", "CommunityGroupId")]
        [ArgumentCompleter(typeof(CommunityGroupNameCompleter))]
        public CommunityGroup Group { get; set; }

        protected override void ProcessRecord()
        {
            TryRecord(Group, () =>
            {
                var id = Lookup.Find(Group, "Group", full: false).Id;
                var client = Client;
                var group = Run(ct => client.GetAsync(id, ct));
                var members = group.Members ?? new long[0];
                var coworkers = ActiveConnection.For<Coworker>();
                var found = Run(ct => coworkers.GetManyAsync(members, ct)).ToDictionary(c => c.Id);
                foreach (var member in members)
                {
                    if (found.TryGetValue(member, out var coworker)) WriteObject(coworker);
                    else WriteWarning($"{Spec.Describe(group.Id, group.Name)} lists coworker {member} as a member, but there is no such coworker.");
                }
            });
        }
    }
}
