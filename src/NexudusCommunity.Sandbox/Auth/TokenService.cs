using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace NexudusCommunity.Sandbox;

/// <summary>Issues, checks, refreshes and revokes bearer tokens. Thread-safe.</summary>
internal sealed class TokenService
{
    private sealed record AccessGrant(SandboxUser User, DateTime ExpiresUtc);

    private readonly ConcurrentDictionary<string, AccessGrant> _access = new();
    private readonly ConcurrentDictionary<string, SandboxUser> _refresh = new();
    private readonly ConcurrentQueue<string> _everIssued = new();
    private long _lifetimeTicks = TimeSpan.FromHours(1).Ticks;

    /// <summary>Every access and refresh token ever issued, so tests can check none leaks into output.</summary>
    public IReadOnlyList<string> EverIssued => _everIssued.ToArray();

    public TimeSpan Lifetime
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _lifetimeTicks));
        set => Interlocked.Exchange(ref _lifetimeTicks, value.Ticks);
    }

    public sealed record IssuedTokens(string AccessToken, string RefreshToken, int ExpiresInSeconds);

    public IssuedTokens Issue(SandboxUser user)
    {
        var lifetime = Lifetime;
        var access = NewToken();
        var refresh = NewToken();
        _access[access] = new AccessGrant(user, DateTime.UtcNow + lifetime);
        _refresh[refresh] = user;
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

    /// <summary>Swaps a refresh token for a new pair; the old refresh token stops working.</summary>
    public IssuedTokens Refresh(string refreshToken)
    {
        if (refreshToken == null || !_refresh.TryRemove(refreshToken, out var user)) return null;
        return Issue(user);
    }

    /// <summary>Every access token stops working; refresh tokens stay valid.</summary>
    public void RevokeAll() => _access.Clear();

    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
