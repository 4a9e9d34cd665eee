namespace NexudusCommunity.Api
{
    /// <summary>How requests authenticate: a bearer token from /api/token, or Basic credentials on every call.</summary>
    public enum AuthMode
    {
        Token,
        Basic,
    }
}
