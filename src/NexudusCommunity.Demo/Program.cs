using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;
using NexudusCommunity.Sandbox;

// Usage: dotnet run --project src/NexudusCommunity.Demo [-- <script.ps1>] [--seed fixture.json] [--verbose]
// Starts the sandbox API on 127.0.0.1 (with demo data, or only the fixture's data when --seed is given), imports
// the built module into a hosted PowerShell engine, and runs the script (examples/Quickstart.ps1 by default) with
// -BaseUri and -Credential pointing at the sandbox: a way to run runbooks without pwsh or a Nexudus account.
var verbose = args.Contains("--verbose");
string? seed = null, scriptArg = null;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--seed" && i + 1 < args.Length) seed = Path.GetFullPath(args[++i]);
    else if (!args[i].StartsWith("--")) scriptArg ??= args[i];
}
var root = HostConsole.FindRepoRoot();
var scriptPath = Path.GetFullPath(scriptArg ?? Path.Combine(root, "examples", "Quickstart.ps1"));
var manifest = Path.Combine(root, "out", "NexudusCommunity", "NexudusCommunity.psd1");
if (!File.Exists(scriptPath)) return HostConsole.Fail($"No script at {scriptPath}.");
if (!File.Exists(manifest)) return HostConsole.Fail($"The module is not built: run `dotnet build` first ({manifest} is missing).");
if (seed != null && !File.Exists(seed)) return HostConsole.Fail($"No fixture at {seed}.");

await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedFile = seed, SeedDemoData = seed == null });
Console.WriteLine($"Sandbox API listening on {sandbox.BaseUri} (user {SandboxUsers.AdminEmail})");
Console.WriteLine($"Running {Path.GetRelativePath(Environment.CurrentDirectory, scriptPath)}");
Console.WriteLine();

using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
runspace.Open();
using var ps = PowerShell.Create();
ps.Runspace = runspace;
ps.AddScript("Import-Module $args[0] -ErrorAction Stop").AddArgument(manifest).Invoke();
if (ps.HadErrors) return HostConsole.Fail("Import-Module failed: " + string.Join("; ", ps.Streams.Error));
ps.Commands.Clear();
ps.Streams.ClearStreams();

var password = new SecureString();
foreach (var c in SandboxUsers.AdminPassword) password.AppendChar(c);
ps.AddCommand(scriptPath)
    .AddParameter("BaseUri", sandbox.BaseUri)
    .AddParameter("Credential", new PSCredential(SandboxUsers.AdminEmail, password));
if (verbose) ps.AddParameter("Verbose");

// Streams print as they arrive, like a console host would.
ps.Streams.Error.DataAdded += (s, e) => Console.Error.WriteLine("ERROR: " + ps.Streams.Error[e.Index]);
ps.Streams.Warning.DataAdded += (s, e) => Console.WriteLine("WARNING: " + ps.Streams.Warning[e.Index].Message);
ps.Streams.Verbose.DataAdded += (s, e) => Console.WriteLine("VERBOSE: " + ps.Streams.Verbose[e.Index].Message);
ps.Streams.Information.DataAdded += (s, e) => Console.WriteLine(ps.Streams.Information[e.Index].MessageData);
var output = new PSDataCollection<PSObject>();
output.DataAdded += (s, e) => Console.WriteLine(output[e.Index]?.ToString());
try
{
    ps.Invoke(null, output);
}
catch (RuntimeException ex)
{
    return HostConsole.Fail(ex.ErrorRecord?.ToString() ?? ex.Message);
}
Console.WriteLine();
Console.WriteLine(ps.HadErrors ? "Finished with errors." : "Done.");
return ps.HadErrors ? 1 : 0;
