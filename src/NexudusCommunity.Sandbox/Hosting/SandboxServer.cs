using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;

namespace NexudusCommunity.Sandbox;

/// <summary>A running sandbox: an in-memory Nexudus API on 127.0.0.1.</summary>
public sealed class SandboxServer : IAsyncDisposable, IDisposable
{
    private readonly TokenService _tokens = new();
    private WebApplication _app;
    private RateLimitOptions _limits;
    private volatile RateLimitEnforcer _enforcer;
    private long _throttled;
    private int _stopped;

    private bool _startDemoData;
    private string _startFixture;

    private SandboxServer() { }

    /// <summary>
    /// The data back to what the sandbox started with: the reference data, then the demo records unless
    /// --no-demo-data, then the fixture of --seed if one was given. Ids start again where they started.
    /// </summary>
    public void ResetToStart()
    {
        lock (Store.Sync)
        {
            Store.Reset();
            if (_startDemoData) Store.SeedDemoData();
            if (_startFixture != null) Store.SeedJson(_startFixture);
        }
    }

    public Uri BaseUri { get; private set; }
    /// <summary>Direct, thread-safe access to the data.</summary>
    public SandboxStore Store { get; } = new();
    /// <summary>Every /api/ request received, in order.</summary>
    public RequestLog Requests { get; } = new();
    /// <summary>Faults to inject; change them at any time.</summary>
    public FaultSettings Faults { get; } = new();

    /// <summary>What creates answer in Value from now on (the whole record by default, as the live API).</summary>
    public CreateAnswer CreateAnswer { get; set; } = CreateAnswer.Record;

    /// <summary>Lifetime of access tokens issued from now on (default a day, as the docs' example).</summary>
    public TimeSpan TokenLifetime
    {
        get => _tokens.Lifetime;
        set => _tokens.Lifetime = value;
    }

    /// <summary>The enforced limits; null = off. Setting starts fresh windows.</summary>
    public RateLimitOptions Limits
    {
        get => _limits;
        set
        {
            _limits = value;
            _enforcer = value == null ? null : new RateLimitEnforcer(value);
        }
    }

    /// <summary>Number of 409/429 answers sent for any reason (faults or limit enforcement).</summary>
    public long ThrottledCount => Interlocked.Read(ref _throttled);

    internal RateLimitEnforcer LimitEnforcer => _enforcer;

    internal void CountThrottled() => Interlocked.Increment(ref _throttled);

    /// <summary>Every issued access token stops working; refresh tokens stay valid.</summary>
    public void RevokeAllTokens() => _tokens.RevokeAll();

    /// <summary>An access token for a sandbox user, as if obtained elsewhere (for -AccessToken).</summary>
    public string IssueAccessToken(string email) =>
        _tokens.Issue(SandboxUsers.All.Single(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase))).AccessToken;

    /// <summary>Every token issued so far (access and refresh).</summary>
    public IReadOnlyList<string> IssuedTokens() => _tokens.EverIssued;

    /// <summary>Every request to /api/token so far: grant, client ids (form and header), outcome; no secrets.</summary>
    public IReadOnlyList<TokenRequestRecord> TokenRequests => _tokens.Requests;

    internal TokenService Tokens => _tokens;

    public static async Task<SandboxServer> StartAsync(SandboxOptions options = null, CancellationToken ct = default)
    {
        options ??= new SandboxOptions();
        var server = new SandboxServer
        {
            _startDemoData = options.SeedDemoData,
            // Read once: a reset restores the fixture as it was at start, whatever happens to the file later.
            _startFixture = string.IsNullOrWhiteSpace(options.SeedFile) ? null : File.ReadAllText(options.SeedFile),
        };
        if (options.IdStart != server.Store.IdStart) server.Store.StartIdsAt(options.IdStart);
        server.ResetToStart();
        server.Limits = options.Limits;
        server.CreateAnswer = options.CreateAnswer;
        server._app = server.Build(options.Port);
        await server._app.StartAsync(ct);
        server.BaseUri = server.ListeningUri();
        return server;
    }

    private WebApplication Build(int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A failed start (a port in use) is reported by whoever started us, in one line, not as a logged stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Services.AddSingleton<IHostLifetime, QuietHostLifetime>();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));

        var app = builder.Build();
        var authenticator = new Authenticator(_tokens);
        app.Use((context, next) => RequestLogMiddleware.InvokeAsync(context, next, Requests));
        app.Use(async (context, next) =>
        {
            // A write may change records in place: what was worked out from them before it is stale after it.
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) { await next(); return; }
            Store.Changed();
            try { await next(); }
            finally { Store.Changed(); }
        });
        app.Use((context, next) => RateLimitMiddleware.InvokeAsync(context, next, this));
        app.Use((context, next) => FaultMiddleware.InvokeAsync(context, next, this));
        app.Use((context, next) => AuthMiddleware.InvokeAsync(context, next, authenticator));

        TokenEndpoint.Map(app, _tokens);
        foreach (var entity in SandboxEntities.All) EntityEndpoints.Map(app, this, entity);
        EnumEndpoints.Map(app);
        ControlEndpoints.Map(app, this);
        return app;
    }

    private Uri ListeningUri()
    {
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        var address = addresses?.Addresses.FirstOrDefault() ?? throw new InvalidOperationException("The sandbox is not listening.");
        var port = new Uri(address.Replace("[::]", "127.0.0.1").Replace("+", "127.0.0.1")).Port;
        return new Uri($"http://127.0.0.1:{port}/");
    }

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0 || _app == null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    public void Dispose() => StopAsync().GetAwaiter().GetResult();
}
