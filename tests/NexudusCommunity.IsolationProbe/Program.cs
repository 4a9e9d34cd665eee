using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Runtime.Loader;

// Usage: NexudusCommunity.IsolationProbe <module manifest> [<an assembly another module loaded first>]
// Imports the module, makes it build its HTTP pipeline (Connect-Nexudus to a closed port), then prints one line per
// module or Microsoft.Extensions assembly: "name version context", and whether scripts can name the model types.
if (args.Length > 1)
{
    var other = AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(args[1]));
    Console.WriteLine($"preloaded {other.GetName().Name} {other.GetName().Version} Default");
}
using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
runspace.Open();
using var ps = PowerShell.Create();
ps.Runspace = runspace;
ps.AddScript("""
    Import-Module $args[0] -ErrorAction Stop
    $password = [System.Net.NetworkCredential]::new('', 'not-used').SecurePassword
    try { Connect-Nexudus -BaseUri http://127.0.0.1:9/ -Credential ([pscredential]::new('probe', $password)) -MaxRetries 0 -ErrorAction Stop }
    catch { "connect $($_.CategoryInfo.Category)" }
    # What a user's script or Pester mock does with our types: name them.
    try { $group = [NexudusCommunity.Models.CommunityGroup]::new(); $group.GroupAccess = [NexudusCommunity.Models.GroupAccess]::Private; "types $($group.GetType().Name) $($group.GroupAccess)" }
    catch { "types unresolved: $_" }
    """).AddArgument(Path.GetFullPath(args[0]));
foreach (var line in ps.Invoke()) Console.WriteLine(line);
foreach (var error in ps.Streams.Error) Console.WriteLine("error " + error);
foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies()
             .Where(a => a.GetName().Name!.StartsWith("NexudusCommunity") || a.GetName().Name!.StartsWith("Microsoft.Extensions"))
             .OrderBy(a => a.GetName().Name))
    Console.WriteLine($"{assembly.GetName().Name} {assembly.GetName().Version} {AssemblyLoadContext.GetLoadContext(assembly)?.Name}");
