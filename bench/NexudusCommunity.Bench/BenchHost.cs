using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;
using NexudusCommunity.Sandbox;

/// <summary>A sandbox and a PowerShell runspace with the built module imported: what every scenario drives.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly Runspace _runspace;

    private BenchHost(SandboxServer sandbox, Runspace runspace)
    {
        Sandbox = sandbox;
        _runspace = runspace;
    }

    public SandboxServer Sandbox { get; }

    public static async Task<BenchHost> StartAsync()
    {
        var sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedDemoData = false });
        var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        var host = new BenchHost(sandbox, runspace);
        host.Invoke("Import-Module $args[0] -ErrorAction Stop", Path.Combine(FindRepoRoot(), "out", "NexudusCommunity", "NexudusCommunity.psd1"));
        return host;
    }

    /// <summary>Runs script; errors throw unless the script asked to collect them (-ErrorAction SilentlyContinue).</summary>
    public Collection<PSObject> Invoke(string script, params object[] args)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript(script);
        foreach (var a in args) ps.AddArgument(a);
        var output = ps.Invoke();
        if (ps.HadErrors && ps.Streams.Error.Count > 0 && !script.Contains("SilentlyContinue"))
            throw new InvalidOperationException(string.Join("; ", ps.Streams.Error));
        return output;
    }

    public static PSCredential Credential()
    {
        var password = new SecureString();
        foreach (var c in SandboxUsers.AdminPassword) password.AppendChar(c);
        return new PSCredential(SandboxUsers.AdminEmail, password);
    }

    public async ValueTask DisposeAsync()
    {
        _runspace.Dispose();
        await Sandbox.DisposeAsync();
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CommunityPs.sln"))) return dir.FullName;
        throw new InvalidOperationException("CommunityPs.sln not found");
    }
}
