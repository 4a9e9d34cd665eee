using System.Runtime.InteropServices;
using System.Text.Json;
using NexudusCommunity.Sandbox;

// The sandbox as a program: start, say where and who, wait for Ctrl+C (or SIGTERM).
if (SandboxCommandLine.WantsHelp(args))
{
    Console.WriteLine(SandboxCommandLine.Usage);
    return 0;
}

SandboxOptions options;
try
{
    options = SandboxCommandLine.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

SandboxServer server;
try
{
    server = await SandboxServer.StartAsync(options);
}
catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
{
    // A port in use, an unreadable or malformed fixture: say which, without a stack trace.
    var what = e is JsonException ? $"the fixture {options.SeedFile} is not valid: " : "";
    Console.Error.WriteLine($"The sandbox could not start: {what}{e.Message}");
    return 1;
}

await using var running = server;
Console.WriteLine($"Nexudus sandbox listening on {server.BaseUri}");
foreach (var user in SandboxUsers.All)
{
    var extra = user.RequiresTwoFactor ? $" (token endpoint only, totp={SandboxUsers.TwoFactorCode})"
        : user.MustResetPassword ? " (must reset its password: every sign-in is refused with must_reset_password)" : "";
    var roles = user.Roles == null ? "every role" : string.Join(", ", user.Roles);
    Console.WriteLine($"  {user.Email} / {user.Password} : {roles}{extra}");
}
if (options.Limits is { } limits)
    Console.WriteLine($"  Enforcing rate limits: {limits.PerMinute} requests and {limits.WritesPerMinute} writes per minute, " +
                      $"{limits.PerHour} per {limits.HourWindowSeconds:0.###} s \"hour\", {limits.PerDay} requests and {limits.WritesPerDay} writes per " +
                      $"{limits.DayWindowSeconds:0.###} s \"day\", {limits.MinIntervalMs} ms apart; time divided by {limits.Scale:0.###}.");
Console.WriteLine("Press Ctrl+C to stop.");

var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
if (options.ParentProcessId is { } parentId) _ = ParentWatch.StopWhenGoneAsync(parentId, stop);
await stop.Task;
await server.StopAsync();
return 0;

// Exposed so WebApplicationFactory-style hosts can find the entry point.
public partial class Program;
