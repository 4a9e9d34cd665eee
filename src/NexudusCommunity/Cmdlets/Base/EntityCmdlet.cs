using NexudusCommunity.Api.Entities;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Connection;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// A cmdlet about one entity: its description (from the model, <see cref="EntitySpec"/>), its REST client on the
    /// active connection, and the field values the cmdlet's parameters carry for the record in hand.
    /// </summary>
    public abstract class EntityCmdlet<T> : ConnectedCmdlet where T : NexudusRecord
    {
        private FieldInput _fields;

        protected static EntitySpec Spec => EntitySpec.Of<T>();

        protected EntityClient<T> Client => ActiveConnection.For<T>();

        internal FieldInput Fields => _fields ?? (_fields = new FieldInput(this, Spec));

        protected override void BeginProcessing() => Fields.Begin();
    }
}
