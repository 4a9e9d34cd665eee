using System.Diagnostics;
using System.Net.Sockets;
using System.Threading;
using NexudusCommunity.Cmdlets.Base;

namespace NexudusCommunity.Cmdlets.Sandbox
{
    /// <summary>
    /// Stops a sandbox started by Start-NexudusSandbox and waits until its port is closed, so the next test can take
    /// it; a default connection that points at it is forgotten.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "NexudusSandbox", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class StopNexudusSandboxCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public NexudusSandbox[] Sandbox { get; set; }

        [Parameter]
        [ValidateRange(1, 600)]
        public int TimeoutSeconds { get; set; } = 30;

        protected override void ProcessRecord()
        {
            foreach (var sandbox in Sandbox)
            {
                if (sandbox == null) continue;
                if (!ShouldProcess($"sandbox at {sandbox.BaseUri} (process {ProcessId(sandbox.Process)})", "Stop")) continue;
                var current = ConnectionRegistry.Current;
                if (current != null && string.Equals(current.BaseUri.Authority, sandbox.BaseUri.Authority, StringComparison.OrdinalIgnoreCase))
                {
                    ConnectionRegistry.Current = null;
                    current.Dispose();
                    WriteVerbose($"Disconnected the default connection to {sandbox.BaseUri}.");
                }
                StartNexudusSandboxCommand.Kill(sandbox.Process);
                if (!WaitForPortClosed(sandbox.BaseUri, TimeSpan.FromSeconds(TimeoutSeconds)))
                {
                    WriteError(new ErrorRecord(new TimeoutException($"The sandbox at {sandbox.BaseUri} was stopped, but its port was still open after {TimeoutSeconds} s."),
                        "SandboxPortStillOpen", ErrorCategory.OperationTimeout, sandbox));
                    continue;
                }
                WriteVerbose($"Stopped the sandbox at {sandbox.BaseUri}.");
            }
        }

        private static string ProcessId(Process process)
        {
            try { return process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture); }
            catch (InvalidOperationException) { return "ended"; }
        }

        private bool WaitForPortClosed(Uri baseUri, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                try
                {
                    using (var client = new TcpClient())
                    {
                        var connect = client.ConnectAsync(baseUri.Host, baseUri.Port);
                        if (!connect.Wait(1000)) return true; // nobody accepts
                    }
                }
                catch (Exception e) when (e is SocketException || e is AggregateException)
                {
                    return true; // refused: closed
                }
                if (DateTime.UtcNow >= deadline || Stopping) return false;
                Thread.Sleep(50);
            }
        }
    }
}
