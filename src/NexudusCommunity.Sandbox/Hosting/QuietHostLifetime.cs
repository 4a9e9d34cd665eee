using Microsoft.Extensions.Hosting;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// Replaces the console lifetime so a sandbox used as a library never reacts to Ctrl+C or prints start-up
/// banners; the CLI handles Ctrl+C itself.
/// </summary>
internal sealed class QuietHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
