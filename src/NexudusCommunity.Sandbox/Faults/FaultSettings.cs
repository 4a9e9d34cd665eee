using System.Text.Json.Serialization;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// Faults to inject on /api/ routes, changeable while the server runs. Every "EveryNth" fault keeps its own
/// counter of the requests it sees; setting the property restarts that counter, so "every 3rd" means the 3rd,
/// 6th, ... request after the change. A request answered by one fault is not seen by the faults after it.
/// </summary>
public sealed class FaultSettings
{
    private const int FaultKinds = 8;
    private readonly long[] _counters = new long[FaultKinds];
    private readonly int[] _everyNth = new int[FaultKinds];
    private long _injected;
    private volatile string[] _onlyMethods;

    /// <summary>Milliseconds added to every /api/ request.</summary>
    public int LatencyMs { get; set; }

    /// <summary>Every Nth request answers <see cref="ThrottleStatus"/> with Retry-After, unprocessed.</summary>
    public int ThrottleEveryNth { get => Get(FaultKind.Throttle); set => Set(FaultKind.Throttle, value); }
    /// <summary>409 (what Nexudus sends) or 429.</summary>
    public int ThrottleStatus { get; set; } = 409;
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Every Nth request answers 503, unprocessed.</summary>
    public int ServerErrorEveryNth { get => Get(FaultKind.ServerError); set => Set(FaultKind.ServerError, value); }
    /// <summary>Every Nth write is processed, then answers 500 with an HTML body (fate unknown to the client).</summary>
    public int ServerErrorAfterProcessingEveryNth { get => Get(FaultKind.ServerErrorAfterProcessing); set => Set(FaultKind.ServerErrorAfterProcessing, value); }
    /// <summary>Every Nth request has its connection aborted, unprocessed.</summary>
    public int DropConnectionEveryNth { get => Get(FaultKind.DropConnection); set => Set(FaultKind.DropConnection, value); }
    /// <summary>Every Nth write is processed, then its connection is aborted.</summary>
    public int DropAfterProcessingEveryNth { get => Get(FaultKind.DropAfterProcessing); set => Set(FaultKind.DropAfterProcessing, value); }
    /// <summary>Every Nth GET answers 200 with truncated JSON.</summary>
    public int MalformedJsonEveryNth { get => Get(FaultKind.MalformedJson); set => Set(FaultKind.MalformedJson, value); }
    /// <summary>Every Nth request answers 502 with an HTML body, unprocessed.</summary>
    public int HtmlErrorEveryNth { get => Get(FaultKind.HtmlError); set => Set(FaultKind.HtmlError, value); }
    /// <summary>Every Nth write answers 200 with WasSuccessful false, unprocessed.</summary>
    public int UnsuccessfulEveryNth { get => Get(FaultKind.Unsuccessful); set => Set(FaultKind.Unsuccessful, value); }

    /// <summary>When set, only requests with these HTTP methods count towards (and suffer) the "every Nth" faults.</summary>
    public string[] OnlyMethods { get => _onlyMethods; set => _onlyMethods = value; }

    /// <summary>How many faults have been injected in total (latency not counted).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public long Injected => Interlocked.Read(ref _injected);

    /// <summary>Everything off, counters back to zero.</summary>
    public void Reset()
    {
        LatencyMs = 0;
        ThrottleStatus = 409;
        RetryAfterSeconds = 1;
        OnlyMethods = null;
        for (var i = 0; i < FaultKinds; i++) Set((FaultKind)i, 0);
        Interlocked.Exchange(ref _injected, 0);
    }

    /// <summary>Takes every setting from another instance (counters restart).</summary>
    public void CopyFrom(FaultSettings other)
    {
        LatencyMs = other.LatencyMs;
        ThrottleStatus = other.ThrottleStatus;
        RetryAfterSeconds = other.RetryAfterSeconds;
        OnlyMethods = other.OnlyMethods;
        for (var i = 0; i < FaultKinds; i++) Set((FaultKind)i, other.Get((FaultKind)i));
    }

    internal bool AppliesTo(string method)
    {
        var only = _onlyMethods;
        return only == null || only.Length == 0 || only.Any(m => string.Equals(m, method, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Counts the request for this fault and says whether this is its Nth one.</summary>
    internal bool Fires(FaultKind kind)
    {
        var every = Volatile.Read(ref _everyNth[(int)kind]);
        if (every <= 0) return false;
        if (Interlocked.Increment(ref _counters[(int)kind]) % every != 0) return false;
        Interlocked.Increment(ref _injected);
        return true;
    }

    private int Get(FaultKind kind) => Volatile.Read(ref _everyNth[(int)kind]);

    private void Set(FaultKind kind, int value)
    {
        Interlocked.Exchange(ref _counters[(int)kind], 0);
        Volatile.Write(ref _everyNth[(int)kind], Math.Max(0, value));
    }
}
