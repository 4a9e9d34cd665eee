using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using NexudusCommunity.Connection;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>The default connection, one per runspace, so parallel runspaces never step on each other's.</summary>
    internal static class ConnectionRegistry
    {
        private sealed class Slot
        {
            public NexudusConnection Connection;
        }

        private static readonly ConditionalWeakTable<Runspace, Slot> Slots = new ConditionalWeakTable<Runspace, Slot>();

        public static NexudusConnection Current
        {
            get
            {
                var runspace = Runspace.DefaultRunspace;
                return runspace != null && Slots.TryGetValue(runspace, out var slot) ? slot.Connection : null;
            }
            set
            {
                var runspace = Runspace.DefaultRunspace;
                if (runspace != null) Slots.GetOrCreateValue(runspace).Connection = value;
            }
        }

        /// <summary>The connection given, else this runspace's default; null when there is none or it was disconnected.</summary>
        public static NexudusConnection Live(NexudusConnection given)
        {
            var connection = given ?? Current;
            return connection == null || connection.IsDisposed ? null : connection;
        }
    }
}
