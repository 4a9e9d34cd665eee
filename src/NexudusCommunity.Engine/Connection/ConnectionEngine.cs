using NexudusCommunity.Api;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Models;

namespace NexudusCommunity.Connection
{
    /// <summary>The engine behind a <see cref="NexudusConnection"/>: its client, and typed entity clients over it.</summary>
    internal static class ConnectionEngine
    {
        internal static NexudusClient Client(this NexudusConnection connection) => (NexudusClient)connection.Session;

        internal static EntityClient<T> For<T>(this NexudusConnection connection, EntityDefinition<T> definition) where T : NexudusRecord =>
            new EntityClient<T>(connection.Client(), definition);
    }
}
