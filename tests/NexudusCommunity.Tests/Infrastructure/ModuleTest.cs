using NexudusCommunity.Sandbox;

namespace NexudusCommunity.Tests.Infrastructure;

/// <summary>
/// Base for tests that drive the module with script: a fresh runspace per test with the module imported, and
/// $BaseUri, $AdminCredential, $ReaderCredential set for the class's sandbox.
/// </summary>
public abstract class ModuleTest : IClassFixture<SandboxFixture>, IDisposable
{
    protected ModuleTest(SandboxFixture sandbox)
    {
        Sandbox = sandbox.Server;
        Sandbox.Faults.Reset();
        Sandbox.Store.Reset();
        Sandbox.Requests.Clear();
        Ps = new PsSession();
        Ps.Set("BaseUri", Sandbox.BaseUri);
        Ps.Set("AdminCredential", Credentials.Admin);
        Ps.Set("ReaderCredential", Credentials.Reader);
    }

    protected SandboxServer Sandbox { get; }
    protected PsSession Ps { get; }

    /// <summary>Connects the runspace's default connection as the admin, unpaced (the sandbox does not limit unless told).</summary>
    protected const string Connect = "Connect-Nexudus -BaseUri $BaseUri -Credential $AdminCredential -BusinessId 1001 -NoRateLimit\n";

    /// <summary>Runs script after connecting, and fails the test on any error.</summary>
    protected PsResult RunOk(string script, params object?[] args)
    {
        var result = Ps.Run(Connect + script, args);
        result.AssertNoErrors();
        return result;
    }

    public void Dispose() => Ps.Dispose();
}
