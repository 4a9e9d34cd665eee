namespace NexudusCommunity.Sandbox;

public sealed partial class SandboxStore
{
    /// <summary>A snapshot (copies) of every video room, ordered by Id.</summary>
    public IReadOnlyList<VideoRoom> Rooms
    {
        get { lock (_sync) return _rooms.Values.Select(r => r.Clone()).ToList(); }
    }

    public VideoRoom GetRoom(int id)
    {
        lock (_sync) return _rooms.TryGetValue(id, out var r) ? r.Clone() : null;
    }

    /// <summary>Adds a room as given (no validation). Id 0 means "next free id"; a given Id is kept.</summary>
    public VideoRoom AddRoom(VideoRoom room, string updatedBy = "System")
    {
        lock (_sync) return InsertRoom(room.Clone(), updatedBy).Clone();
    }

    public VideoRoom AddRoom(string name, int businessId = 1001, int numberOfParticipants = 10, bool active = true, string description = null)
    {
        return AddRoom(new VideoRoom
        {
            Name = name,
            BusinessId = businessId,
            NumberOfParticipants = numberOfParticipants,
            Active = active,
            Description = description,
        });
    }

    /// <summary>Bulk insert for tests: name(i) for i = 0..count-1, active rooms of 10 in business 1001.</summary>
    public IReadOnlyList<VideoRoom> AddRooms(int count, Func<int, string> name)
    {
        var added = new List<VideoRoom>(count);
        lock (_sync)
        {
            for (var i = 0; i < count; i++)
            {
                var room = new VideoRoom { Name = name(i), BusinessId = 1001, NumberOfParticipants = 10, Active = true };
                added.Add(InsertRoom(room, "System").Clone());
            }
        }
        return added;
    }

    /// <summary>Applies a change to a stored room and stamps UpdatedOn. False when the id is unknown.</summary>
    public bool UpdateRoom(int id, Action<VideoRoom> change, string updatedBy = "System")
    {
        lock (_sync)
        {
            if (!_rooms.TryGetValue(id, out var room)) return false;
            change(room);
            room.Id = id;
            room.UpdatedOn = _clock.Next();
            room.UpdatedBy = updatedBy;
            return true;
        }
    }

    public bool DeleteRoom(int id)
    {
        lock (_sync) return _rooms.Remove(id);
    }

    /// <summary>Copies of the rooms matching a predicate, evaluated under the lock.</summary>
    public List<VideoRoom> FindRooms(Func<VideoRoom, bool> predicate)
    {
        lock (_sync) return _rooms.Values.Where(predicate).Select(r => r.Clone()).ToList();
    }

    /// <summary>Replaces every editable field, keeping Id, CreatedOn, UniqueId; the image follows the image instructions.</summary>
    internal VideoRoom ReplaceRoom(int id, VideoRoom values, string newImageUrl, bool clearImage, string updatedBy)
    {
        lock (_sync)
        {
            if (!_rooms.TryGetValue(id, out var room)) return null;
            room.BusinessId = values.BusinessId;
            room.Name = values.Name;
            room.Description = values.Description;
            room.NumberOfParticipants = values.NumberOfParticipants;
            room.Active = values.Active;
            room.OnlyForContacts = values.OnlyForContacts;
            room.OnlyForMembers = values.OnlyForMembers;
            room.SystemId = values.SystemId;
            ApplyImage(room, newImageUrl, clearImage);
            room.UpdatedOn = _clock.Next();
            room.UpdatedBy = updatedBy;
            return room.Clone();
        }
    }

    internal VideoRoom CreateRoom(VideoRoom values, string newImageUrl, bool clearImage, string updatedBy)
    {
        lock (_sync)
        {
            var room = values.Clone();
            room.Id = 0;
            room.ImageFileName = null;
            InsertRoom(room, updatedBy);
            ApplyImage(room, newImageUrl, clearImage);
            return room.Clone();
        }
    }

    // The image is not downloaded: the sandbox only records that one was set.
    private static void ApplyImage(VideoRoom room, string newImageUrl, bool clearImage)
    {
        if (clearImage) room.ImageFileName = null;
        if (!string.IsNullOrWhiteSpace(newImageUrl)) room.ImageFileName = $"image-{room.Id}.png";
    }

    private VideoRoom InsertRoom(VideoRoom room, string updatedBy)
    {
        if (room.Id <= 0) room.Id = _nextRoomId;
        if (_rooms.ContainsKey(room.Id)) throw new InvalidOperationException($"VideoRoom {room.Id} already exists.");
        _nextRoomId = Math.Max(_nextRoomId, room.Id + 1);
        var now = _clock.Next();
        if (room.CreatedOn == default) room.CreatedOn = now;
        if (room.UpdatedOn == default) room.UpdatedOn = now;
        room.UpdatedBy ??= updatedBy;
        if (room.UniqueId == Guid.Empty) room.UniqueId = Guid.NewGuid();
        _rooms[room.Id] = room;
        return room;
    }
}
