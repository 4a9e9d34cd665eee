namespace NexudusCommunity.Sandbox;

public sealed partial class SandboxStore
{
    /// <summary>A snapshot (copies) of every group, ordered by Id.</summary>
    public IReadOnlyList<CommunityGroup> Groups
    {
        get { lock (_sync) return _groups.Values.Select(g => g.Clone()).ToList(); }
    }

    public CommunityGroup GetGroup(int id)
    {
        lock (_sync) return _groups.TryGetValue(id, out var g) ? g.Clone() : null;
    }

    /// <summary>Adds a group as given (no validation). Id 0 means "next free id"; a given Id is kept.</summary>
    public CommunityGroup AddGroup(CommunityGroup group, string updatedBy = "System")
    {
        lock (_sync) return InsertGroup(group.Clone(), updatedBy).Clone();
    }

    public CommunityGroup AddGroup(string name, int businessId = 1001, int userId = FirstUserId,
        int groupAccess = GroupAccessLevels.Public, IEnumerable<int> members = null, string description = null, string systemId = null)
    {
        return AddGroup(new CommunityGroup
        {
            Name = name,
            BusinessId = businessId,
            UserId = userId,
            GroupAccess = groupAccess,
            Members = members?.ToList() ?? new List<int>(),
            Description = description,
            SystemId = systemId,
        });
    }

    /// <summary>Bulk insert for tests: name(i) for i = 0..count-1, all in business 1001 owned by user 5001.</summary>
    public IReadOnlyList<CommunityGroup> AddGroups(int count, Func<int, string> name)
    {
        var added = new List<CommunityGroup>(count);
        lock (_sync)
        {
            for (var i = 0; i < count; i++)
            {
                var group = new CommunityGroup { Name = name(i), BusinessId = 1001, UserId = FirstUserId };
                added.Add(InsertGroup(group, "System").Clone());
            }
        }
        return added;
    }

    /// <summary>Applies a change to a stored group and stamps UpdatedOn. False when the id is unknown.</summary>
    public bool UpdateGroup(int id, Action<CommunityGroup> change, string updatedBy = "System")
    {
        lock (_sync)
        {
            if (!_groups.TryGetValue(id, out var group)) return false;
            change(group);
            group.Id = id;
            Touch(group, updatedBy);
            return true;
        }
    }

    public bool DeleteGroup(int id)
    {
        lock (_sync) return _groups.Remove(id);
    }

    /// <summary>Copies of the groups matching a predicate, evaluated under the lock.</summary>
    public List<CommunityGroup> FindGroups(Func<CommunityGroup, bool> predicate)
    {
        lock (_sync) return _groups.Values.Where(predicate).Select(g => g.Clone()).ToList();
    }

    /// <summary>Replaces every editable field of a group, keeping Id, CreatedOn and UniqueId. Null when unknown.</summary>
    internal CommunityGroup ReplaceGroup(int id, CommunityGroup values, string updatedBy)
    {
        lock (_sync)
        {
            if (!_groups.TryGetValue(id, out var group)) return null;
            group.BusinessId = values.BusinessId;
            group.UserId = values.UserId;
            group.Name = values.Name;
            group.Description = values.Description;
            group.GroupAccess = values.GroupAccess;
            group.Members = values.Members.Distinct().ToList();
            group.SystemId = values.SystemId;
            Touch(group, updatedBy);
            return group.Clone();
        }
    }

    /// <summary>Groups in ids that do not exist (checked atomically).</summary>
    internal List<int> MissingGroups(IEnumerable<int> ids)
    {
        lock (_sync) return ids.Where(id => !_groups.ContainsKey(id)).ToList();
    }

    /// <summary>Moves the members of <paramref name="fromId"/> into <paramref name="intoId"/> and deletes the former.</summary>
    internal bool MergeGroups(int intoId, int fromId, string updatedBy)
    {
        lock (_sync)
        {
            if (!_groups.TryGetValue(intoId, out var into) || !_groups.TryGetValue(fromId, out var from)) return false;
            into.Members = into.Members.Concat(from.Members).Distinct().ToList();
            Touch(into, updatedBy);
            _groups.Remove(fromId);
            return true;
        }
    }

    /// <summary>Deletes every group without members and says how many went.</summary>
    internal int PurgeEmptyGroups()
    {
        lock (_sync)
        {
            var empty = _groups.Values.Where(g => g.Members.Count == 0).Select(g => g.Id).ToList();
            foreach (var id in empty) _groups.Remove(id);
            return empty.Count;
        }
    }

    private CommunityGroup InsertGroup(CommunityGroup group, string updatedBy)
    {
        if (group.Id <= 0) group.Id = _nextGroupId;
        if (_groups.ContainsKey(group.Id)) throw new InvalidOperationException($"CommunityGroup {group.Id} already exists.");
        _nextGroupId = Math.Max(_nextGroupId, group.Id + 1);
        var now = _clock.Next();
        if (group.CreatedOn == default) group.CreatedOn = now;
        if (group.UpdatedOn == default) group.UpdatedOn = now;
        group.UpdatedBy ??= updatedBy;
        if (group.UniqueId == Guid.Empty) group.UniqueId = Guid.NewGuid();
        group.Members = (group.Members ?? new List<int>()).Distinct().ToList();
        _groups[group.Id] = group;
        return group;
    }

    private void Touch(CommunityGroup group, string updatedBy)
    {
        group.UpdatedOn = _clock.Next();
        group.UpdatedBy = updatedBy;
        group.Members ??= new List<int>();
    }
}
