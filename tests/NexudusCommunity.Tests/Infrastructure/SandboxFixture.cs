using NexudusCommunity.Sandbox;

namespace NexudusCommunity.Tests.Infrastructure;

/// <summary>One sandbox API per test class, on 127.0.0.1; tests that need a clean slate reset its store.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public SandboxServer Server { get; private set; } = null!;

    public Uri BaseUri => Server.BaseUri;

    public async Task InitializeAsync() => Server = await SandboxServer.StartAsync(new SandboxOptions { SeedDemoData = false });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
