using NexudusCommunity.Api;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Models;

namespace NexudusCommunity.Connection
{
    /// <summary>The engine behind a <see cref="NexudusConnection"/>: its client, and typed entity clients over it.</summary>
    public static class ConnectionEngine
    {
        public static NexudusClient Client(this NexudusConnection connection) => (NexudusClient)((IHasSession)connection).Session;

        public static EntityClient<T> For<T>(this NexudusConnection connection) where T : NexudusRecord =>
            new EntityClient<T>(connection.Client());

        public static SessionCache Cache(this NexudusConnection connection) => connection.Client().Cache;
    }
}
