namespace NexudusCommunity.Sandbox;

/// <summary>
/// One request to /api/token as the sandbox saw it, so tests can check what a client sends: the grant, the
/// client id in the form and in the client_id header, and the answer ("issued" or the error code). Never a
/// password, code or token.
/// </summary>
public sealed record TokenRequestRecord
{
    public DateTime Timestamp { get; init; }
    public string GrantType { get; init; }
    public string UserName { get; init; }
    public string FormClientId { get; init; }
    public string HeaderClientId { get; init; }
    public bool TotpSent { get; init; }
    /// <summary>"issued", or the error code answered (invalid_grant, two_factor_auth_check...).</summary>
    public string Outcome { get; init; }
}
