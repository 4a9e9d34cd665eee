using NexudusCommunity.Api.Entities;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.CommunityGroups
{
    /// <summary>
    /// Add- and Remove-CommunityGroupMember, as Add-ADGroupMember works: the group once, members from the command line
    /// or the pipeline (coworkers, coworker Ids, emails, CSV rows; see <see cref="MemberInput"/>). Members are
    /// collected, emails looked up together (<see cref="CoworkerEmails"/>), and sent at the end as
    /// AddedMembers/RemovedMembers beside the member list as the server gave it, <see cref="MembersPerUpdate"/> per
    /// update: never a rewrite of the whole list, so members added meanwhile by someone else stay. A member that
    /// cannot be resolved is an error of its own; the others still go.
    /// </summary>
    public abstract class GroupMembershipCmdlet : EntityCmdlet<CommunityGroup>
    {
        /// <summary>Members per update: keeps each request well within what the API takes in one go.</summary>
        public const int MembersPerUpdate = 100;

        private readonly List<MemberRef> _members = new List<MemberRef>();
        private CommunityGroup _group;

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNull]
        [Alias("CommunityGroup")]
        [ArgumentCompleter(typeof(CommunityGroupNameCompleter))]
        public CommunityGroup Group { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true)]
        [Alias("Members")]
        public PSObject[] Member { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>True to add, false to remove.</summary>
        protected abstract bool Adding { get; }

        private string Verb => Adding ? "added to" : "removed from";

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            try
            {
                _group = Lookup.Find(Group, "Group", full: false);
            }
            catch (ParameterException ex)
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument(ex.Parameter, ex.Message, Group));
            }
            catch (NexudusApiException ex)
            {
                ThrowTerminatingError(ErrorRecords.From(ex, Group));
            }
        }

        protected override void ProcessRecord()
        {
            foreach (var item in Member ?? new PSObject[0])
                TryRecord(item, () => _members.Add(MemberInput.Read(item)));
        }

        protected override void EndProcessing()
        {
            var ids = Resolve().GroupBy(m => m.Id.Value).Select(g => g.First()).ToList();
            for (var start = 0; start < ids.Count; start += MembersPerUpdate)
                if (!TryRecord(_group, () => Update(ids.Skip(start).Take(MembersPerUpdate).ToList()))) return;
            var client = Client;
            if (PassThru) TryRecord(_group, () => WriteObject(Run(ct => client.GetAsync(_group.Id, ct))));
        }

        /// <summary>The members as coworker Ids: emails looked up, bare Ids checked (when adding); each failure an error of its own.</summary>
        private IEnumerable<MemberRef> Resolve()
        {
            var coworkers = ActiveConnection.For<Coworker>();
            var emails = _members.Where(m => m.Id == null).Select(m => m.Email).ToList();
            IReadOnlyDictionary<string, IReadOnlyList<Coworker>> byEmail = null;
            if (emails.Count > 0 && !TryRecord(emails.ToArray(), () => byEmail = Run(ct => CoworkerEmails.FindAsync(coworkers, emails, ct)))) yield break;
            var toCheck = _members.Where(m => m.Id != null && !m.Known).Select(m => m.Id.Value).Distinct().ToList();
            IReadOnlyList<Coworker> existing = null;
            if (Adding && toCheck.Count > 0 && !TryRecord(toCheck.ToArray(), () => existing = Run(ct => coworkers.GetManyAsync(toCheck, ct)))) yield break;

            foreach (var member in _members)
            {
                if (member.Id == null)
                {
                    var matches = byEmail[member.Email];
                    if (matches.Count == 1)
                    {
                        member.Id = matches[0].Id;
                        member.Name = matches[0].FullName;
                        yield return member;
                    }
                    else if (matches.Count == 0)
                        WriteError(ErrorRecords.From(new NexudusApiException(ApiErrorKind.NotFound,
                            $"Member: no coworker has the email '{member.Email}'; it was not {Verb} {Target}.", 404), member.Email));
                    else
                        WriteError(ErrorRecords.InvalidArgument("Member",
                            $"Member: {matches.Count} coworkers have the email '{member.Email}' (Ids {string.Join(", ", matches.Select(c => c.Id))}); give the Id of the one you mean. It was not {Verb} {Target}.", member.Email));
                    continue;
                }
                var found = existing?.FirstOrDefault(c => c.Id == member.Id);
                if (existing != null && !member.Known && found == null)
                {
                    WriteError(ErrorRecords.From(new NexudusApiException(ApiErrorKind.NotFound,
                        $"Member: there is no coworker with Id {member.Id}; it was not {Verb} {Target}.", 404), member.Input));
                    continue;
                }
                member.Name = member.Name ?? found?.FullName;
                yield return member;
            }
        }

        private string Target => Spec.Describe(_group.Id, _group.Name);

        private void Update(IReadOnlyList<MemberRef> batch)
        {
            var client = Client;
            var update = Run(ct => client.GetForUpdateAsync(_group.Id, ct));
            _group = update.Current;
            var field = Spec.Field(nameof(CommunityGroup.Members));
            var current = new HashSet<long>(update.Current.Members ?? new long[0]);
            var changing = batch.Where(m => current.Contains(m.Id.Value) != Adding).ToList();
            foreach (var member in batch.Except(changing))
                WriteVerbose($"{member} is {(Adding ? "already" : "not")} a member of {Target}.");
            if (changing.Count == 0) return;
            var names = string.Join(", ", changing.Take(10)) + (changing.Count > 10 ? $" and {changing.Count - 10} more" : "");
            if (!ConfirmWrite(Target, $"{(Adding ? "Add" : "Remove")} {changing.Count} member(s): {names}")) return;
            var ids = changing.Select(m => m.Id.Value).ToList();
            update.ChangeIds(field, Adding ? ids : null, Adding ? null : ids);
            var target = Target;
            Run(ct => client.UpdateAsync(update, target, ct));
        }
    }
}
