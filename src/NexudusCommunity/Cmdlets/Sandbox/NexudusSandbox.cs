using System.Diagnostics;

namespace NexudusCommunity.Cmdlets.Sandbox
{
    /// <summary>A local API sandbox started by Start-NexudusSandbox: where it listens, how to sign in, its process.</summary>
    public sealed class NexudusSandbox
    {
        internal NexudusSandbox(Uri baseUri, PSCredential credential, Process process, string program, string seed)
        {
            BaseUri = baseUri;
            Credential = credential;
            Process = process;
            Program = program;
            Seed = seed;
        }

        /// <summary>The address to give Connect-Nexudus -BaseUri (http://127.0.0.1:port/).</summary>
        public Uri BaseUri { get; }

        public int Port => BaseUri.Port;

        /// <summary>The sandbox's admin user, who has every role.</summary>
        public PSCredential Credential { get; }

        public Process Process { get; }

        /// <summary>The sandbox program that runs (a dll run by dotnet, or the nexudus-sandbox tool).</summary>
        public string Program { get; }

        /// <summary>The fixture it holds, or null for the demo data.</summary>
        public string Seed { get; }

        public override string ToString() => BaseUri.ToString();
    }
}
