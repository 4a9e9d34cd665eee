using System.Runtime.InteropServices;
using NexudusCommunity.Sandbox;

// The sandbox as a program: start, say where and who, wait for Ctrl+C (or SIGTERM).
SandboxOptions options;
try
{
    options = SandboxCommandLine.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

await using var server = await SandboxServer.StartAsync(options);
Console.WriteLine($"Nexudus sandbox listening on {server.BaseUri}");
foreach (var user in SandboxUsers.All)
{
    var extra = user.RequiresTwoFactor ? $" (token endpoint only, totp={SandboxUsers.TwoFactorCode})" : "";
    var roles = user.Roles == null ? "every role" : string.Join(", ", user.Roles);
    Console.WriteLine($"  {user.Email} / {user.Password} : {roles}{extra}");
}
if (options.Limits != null) Console.WriteLine("  Enforcing the published rate limits.");
Console.WriteLine("Press Ctrl+C to stop.");

var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
await stop.Task;
await server.StopAsync();
return 0;

// Exposed so WebApplicationFactory-style hosts can find the entry point.
public partial class Program;
