using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Connection;

namespace NexudusCommunity.Cmdlets.Connections
{
    /// <summary>Forgets the default connection (or the one given) and releases its tokens and sockets.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Nexudus")]
    [OutputType(typeof(void))]
    public sealed class DisconnectNexudusCommand : PSCmdlet
    {
        [Parameter(ValueFromPipeline = true)]
        public NexudusConnection Connection { get; set; }

        protected override void ProcessRecord()
        {
            var connection = Connection ?? ConnectionRegistry.Current;
            if (connection == null)
            {
                WriteVerbose("Not connected to Nexudus: nothing to disconnect.");
                return;
            }
            if (ReferenceEquals(connection, ConnectionRegistry.Current)) ConnectionRegistry.Current = null;
            connection.Dispose();
            WriteVerbose($"Disconnected {connection.UserName} from {connection.BaseUri}.");
        }
    }
}
