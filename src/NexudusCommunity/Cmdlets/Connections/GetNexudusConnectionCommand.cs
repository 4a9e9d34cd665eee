using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Connection;

namespace NexudusCommunity.Cmdlets.Connections
{
    /// <summary>Shows the default connection of this runspace: user, address, auth mode, default business. Never a secret.</summary>
    [Cmdlet(VerbsCommon.Get, "NexudusConnection")]
    [OutputType(typeof(NexudusConnection))]
    public sealed class GetNexudusConnectionCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            var connection = ConnectionRegistry.Live(null);
            if (connection == null)
            {
                WriteError(ErrorRecords.NotConnected("run Connect-Nexudus first."));
                return;
            }
            WriteObject(connection);
        }
    }
}
