using System.Management.Automation;
using System.Management.Automation.Runspaces;

// Usage: NexudusCommunity.PesterHost [<tests folder or file>] [--detailed]
// Imports Pester 5 from the NuGet package folder into a hosted PowerShell 7 and runs the Pester suite (by default
// tests/Pester, which imports the built module and starts its own sandboxes). Prints Pester's report, then
// "Pester: N passed, N failed, N skipped"; exits 1 when a test failed or Pester could not run.
const string PesterVersion = "5.7.1";
var detailed = args.Contains("--detailed");
var root = HostConsole.FindRepoRoot();
var target = Path.GetFullPath(args.FirstOrDefault(a => !a.StartsWith("--")) ?? Path.Combine(root, "tests", "Pester"));
var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
    ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
var pester = Path.Combine(packages, "pester", PesterVersion, "tools", "Pester.psd1");
if (!File.Exists(pester)) return HostConsole.Fail($"Pester {PesterVersion} is not in the NuGet package folder ({pester}): restore this project first.");
if (!File.Exists(target) && !Directory.Exists(target)) return HostConsole.Fail($"No tests at {target}.");

using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
runspace.Open();
using var ps = PowerShell.Create();
ps.Runspace = runspace;
ps.AddScript("""
    param($pester, $target, $verbosity)
    Import-Module $pester -ErrorAction Stop
    $config = New-PesterConfiguration
    $config.Run.Path = $target
    $config.Run.PassThru = $true
    $config.Output.Verbosity = $verbosity
    $result = Invoke-Pester -Configuration $config
    "Pester: $($result.PassedCount) passed, $($result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount) failed, $($result.SkippedCount) skipped"
    """).AddArgument(pester).AddArgument(target).AddArgument(detailed ? "Detailed" : "Normal");
// Pester reports through Write-Host (the information stream): print it as a console would.
ps.Streams.Information.DataAdded += (s, e) => Console.WriteLine(ps.Streams.Information[e.Index].MessageData);
ps.Streams.Warning.DataAdded += (s, e) => Console.WriteLine("WARNING: " + ps.Streams.Warning[e.Index].Message);
ps.Streams.Error.DataAdded += (s, e) => Console.Error.WriteLine("ERROR: " + ps.Streams.Error[e.Index]);
string? summary = null;
try
{
    foreach (var line in ps.Invoke()) summary = line?.ToString();
}
catch (RuntimeException ex)
{
    return HostConsole.Fail("Pester could not run: " + (ex.ErrorRecord?.ToString() ?? ex.Message));
}
if (summary == null) return HostConsole.Fail("Pester gave no result.");
Console.WriteLine(summary);
return summary.Contains(" 0 failed") ? 0 : 1;
