namespace NexudusCommunity.Sandbox;

/// <summary>One /api/ request as the sandbox saw it. Never holds headers or bodies.</summary>
public sealed record LoggedRequest
{
    public string Method { get; init; }
    /// <summary>Path without the query string, e.g. /api/community/communitygroups.</summary>
    public string Path { get; init; }
    /// <summary>Raw query string without the leading '?', empty when none.</summary>
    public string Query { get; init; }
    /// <summary>UTC time the request arrived.</summary>
    public DateTime Timestamp { get; init; }
    /// <summary>Status code answered; 0 when the connection was dropped on purpose.</summary>
    public int Status { get; init; }
    /// <summary>True for POST, PUT and DELETE on data routes (not /api/token).</summary>
    public bool IsWrite { get; init; }
}
