using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Connection;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>A cmdlet that works through a connection: -Connection, or the default of this runspace.</summary>
    public abstract class ConnectedCmdlet : NexudusCmdlet
    {
        private NexudusConnection _activeConnection;

        /// <summary>
        /// The connection to use; defaults to the last Connect-Nexudus in this runspace. An explicit $null (a failed
        /// Connect in a script) is refused rather than quietly falling back to another account's connection.
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        public NexudusConnection Connection { get; set; }

        protected internal NexudusConnection ActiveConnection => _activeConnection ?? (_activeConnection = ResolveConnection());

        private NexudusConnection ResolveConnection()
        {
            var connection = ConnectionRegistry.Live(Connection);
            if (connection == null) ThrowTerminatingError(ErrorRecords.NotConnected("run Connect-Nexudus first, or pass -Connection."));
            return connection;
        }

        protected long ResolveBusinessId(long? given)
        {
            if (given.HasValue) return given.Value;
            if (ActiveConnection.BusinessId.HasValue) return ActiveConnection.BusinessId.Value;
            throw new ParameterException("BusinessId",
                "BusinessId: no -BusinessId was given and the connection has no default business. Pass -BusinessId, or connect with Connect-Nexudus -BusinessId (Get-NexudusBusiness lists them).");
        }
    }
}
