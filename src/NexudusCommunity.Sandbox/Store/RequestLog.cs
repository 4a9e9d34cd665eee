namespace NexudusCommunity.Sandbox;

/// <summary>Every /api/ request the sandbox received, in arrival order. Thread-safe.</summary>
public sealed class RequestLog
{
    private readonly object _sync = new();
    private readonly List<LoggedRequest> _entries = new();

    public void Add(LoggedRequest request)
    {
        lock (_sync) _entries.Add(request);
    }

    public IReadOnlyList<LoggedRequest> Snapshot()
    {
        lock (_sync) return _entries.ToList();
    }

    public void Clear()
    {
        lock (_sync) _entries.Clear();
    }

    public int Count(Func<LoggedRequest, bool> predicate)
    {
        lock (_sync) return _entries.Count(predicate);
    }

    public int Count() => Count(_ => true);
}
