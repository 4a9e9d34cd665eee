using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// Issues, checks, refreshes and revokes bearer tokens, as the API documents them: each refresh token belongs
/// to a user and a client id, a refresh must name that client id (the endpoint reads it from a header), and
/// issuing a refresh token makes the earlier ones of that user and client id stop working. Thread-safe.
/// </summary>
internal sealed class TokenService
{
    private sealed record AccessGrant(SandboxUser User, DateTime ExpiresUtc);

    private sealed record RefreshGrant(SandboxUser User, string ClientId);

    private readonly object _issueGate = new();
    private readonly ConcurrentDictionary<string, AccessGrant> _access = new();
    private readonly ConcurrentDictionary<string, RefreshGrant> _refresh = new();
    private readonly Dictionary<(string Email, string ClientId), string> _newestRefresh = new();
    private readonly ConcurrentQueue<string> _everIssued = new();
    private readonly ConcurrentQueue<TokenRequestRecord> _requests = new();
    private long _lifetimeTicks = DefaultLifetime.Ticks;

    /// <summary>A day, as the docs' example shows (another shows a week).</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(1);

    /// <summary>Every access and refresh token ever issued, so tests can check none leaks into output.</summary>
    public IReadOnlyList<string> EverIssued => _everIssued.ToArray();

    /// <summary>Every request to the token endpoint (grant type, client ids, outcome; never a secret).</summary>
    public IReadOnlyList<TokenRequestRecord> Requests => _requests.ToArray();

    public TimeSpan Lifetime
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _lifetimeTicks));
        set => Interlocked.Exchange(ref _lifetimeTicks, value.Ticks);
    }

    public sealed record IssuedTokens(string AccessToken, string RefreshToken, int ExpiresInSeconds);

    public IssuedTokens Issue(SandboxUser user, string clientId = null)
    {
        clientId = string.IsNullOrWhiteSpace(clientId) ? user.Email : clientId.Trim();
        var lifetime = Lifetime;
        var access = NewToken();
        var refresh = NewToken();
        _access[access] = new AccessGrant(user, DateTime.UtcNow + lifetime);
        lock (_issueGate)
        {
            var key = (user.Email.ToLowerInvariant(), clientId);
            if (_newestRefresh.TryGetValue(key, out var earlier)) _refresh.TryRemove(earlier, out _);
            _newestRefresh[key] = refresh;
            _refresh[refresh] = new RefreshGrant(user, clientId);
        }
        _everIssued.Enqueue(access);
        _everIssued.Enqueue(refresh);
        return new IssuedTokens(access, refresh, (int)Math.Max(0, Math.Round(lifetime.TotalSeconds)));
    }

    /// <summary>The user behind a live access token, or null (unknown, revoked or expired).</summary>
    public SandboxUser Validate(string accessToken)
    {
        if (accessToken == null || !_access.TryGetValue(accessToken, out var grant)) return null;
        if (grant.ExpiresUtc > DateTime.UtcNow) return grant.User;
        _access.TryRemove(accessToken, out _);
        return null;
    }

    /// <summary>
    /// Swaps a refresh token for a new pair, when <paramref name="clientId"/> (the header) names the client it was
    /// issued to; otherwise null and why. The used token, like every earlier one of that client, stops working.
    /// </summary>
    public IssuedTokens Refresh(string refreshToken, string clientId, out string refusal)
    {
        refusal = null;
        if (string.IsNullOrEmpty(refreshToken) || !_refresh.TryGetValue(refreshToken, out var grant))
        {
            refusal = "The refresh token is invalid, or a newer one has replaced it.";
            return null;
        }
        if (string.IsNullOrWhiteSpace(clientId))
        {
            refusal = "A refresh must name its client: send the client_id header.";
            return null;
        }
        if (!string.Equals(clientId.Trim(), grant.ClientId, StringComparison.Ordinal))
        {
            refusal = "The refresh token was not issued to this client_id.";
            return null;
        }
        if (!_refresh.TryRemove(refreshToken, out _))
        {
            refusal = "The refresh token has just been used.";
            return null;
        }
        return Issue(grant.User, grant.ClientId);
    }

    /// <summary>Every access token stops working; refresh tokens stay valid.</summary>
    public void RevokeAll() => _access.Clear();

    public void Record(TokenRequestRecord request) => _requests.Enqueue(request);

    public void ClearRequests() => _requests.Clear();

    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
