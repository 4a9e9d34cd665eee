using System.Text.Json.Serialization;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// Faults to inject on /api/ routes, changeable while the server runs. Every "EveryNth" fault keeps its own
/// counter of the requests it sees; setting the property restarts that counter, so "every 3rd" means the 3rd,
/// 6th, ... request after the change. A request answered by one fault is not seen by the faults after it.
/// </summary>
public sealed class FaultSettings
{
    private const int FaultKinds = 9;
    private readonly long[] _counters = new long[FaultKinds];
    private readonly int[] _everyNth = new int[FaultKinds];
    private long _injected;
    private int _genericBurstLeft;
    private volatile string[] _onlyMethods;

    /// <summary>Milliseconds added to every /api/ request.</summary>
    public int LatencyMs { get; set; }

    /// <summary>Every Nth request is throttled (unprocessed), in the shape the Throttle* settings give.</summary>
    public int ThrottleEveryNth { get => Get(FaultKind.Throttle); set => Set(FaultKind.Throttle, value); }
    /// <summary>409 (what Nexudus sends) or 429.</summary>
    public int ThrottleStatus { get; set; } = 409;
    /// <summary>The wait the throttled answer asks for, in Retry-After and/or the body.</summary>
    public int RetryAfterSeconds { get; set; } = 1;
    /// <summary>Seconds (the API's), Date, or None.</summary>
    public RetryAfterForm ThrottleRetryAfter { get; set; }
    /// <summary>Empty (the API's), Json or Text ("Wait N seconds").</summary>
    public ThrottleBodyForm ThrottleBody { get; set; }

    /// <summary>Every Nth request starts a burst of <see cref="GenericErrorBurst"/> generic 500s ("Ooops! There was a problem..."), unprocessed, no envelope.</summary>
    public int GenericErrorEveryNth { get => Get(FaultKind.GenericError); set => Set(FaultKind.GenericError, value); }
    /// <summary>How many requests in a row a generic-500 burst answers (default 1).</summary>
    public int GenericErrorBurst { get; set; } = 1;
    /// <summary>Html (default) or Text.</summary>
    public GenericErrorBodyForm GenericErrorBody { get; set; }

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
        ThrottleRetryAfter = RetryAfterForm.Seconds;
        ThrottleBody = ThrottleBodyForm.Empty;
        GenericErrorBurst = 1;
        GenericErrorBody = GenericErrorBodyForm.Html;
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
        ThrottleRetryAfter = other.ThrottleRetryAfter;
        ThrottleBody = other.ThrottleBody;
        GenericErrorBurst = other.GenericErrorBurst;
        GenericErrorBody = other.GenericErrorBody;
        OnlyMethods = other.OnlyMethods;
        for (var i = 0; i < FaultKinds; i++) Set((FaultKind)i, other.Get((FaultKind)i));
    }

    internal ThrottleShape Throttle => new(ThrottleStatus, ThrottleRetryAfter, ThrottleBody);

    /// <summary>Null when every setting makes sense, else what is wrong, naming the setting.</summary>
    public string Problem() =>
        ThrottleShape.Problem(nameof(ThrottleStatus), ThrottleStatus)
        ?? (RetryAfterSeconds < 0 ? $"{nameof(RetryAfterSeconds)} may not be negative." : null)
        ?? (GenericErrorBurst < 1 ? $"{nameof(GenericErrorBurst)} must be 1 or more." : null);

    /// <summary>A generic 500 answers this request: one of a burst under way, or the Nth that starts one.</summary>
    internal bool GenericErrorFires()
    {
        if (Get(FaultKind.GenericError) <= 0) return false;
        while (true)
        {
            var left = Volatile.Read(ref _genericBurstLeft);
            if (left <= 0) break;
            if (Interlocked.CompareExchange(ref _genericBurstLeft, left - 1, left) != left) continue;
            Interlocked.Increment(ref _injected);
            return true;
        }
        if (!Fires(FaultKind.GenericError)) return false;
        Volatile.Write(ref _genericBurstLeft, Math.Max(0, GenericErrorBurst - 1));
        return true;
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
        if (kind == FaultKind.GenericError) Volatile.Write(ref _genericBurstLeft, 0);
        Interlocked.Exchange(ref _counters[(int)kind], 0);
        Volatile.Write(ref _everyNth[(int)kind], Math.Max(0, value));
    }
}
