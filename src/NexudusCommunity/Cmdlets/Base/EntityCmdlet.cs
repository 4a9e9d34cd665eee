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
        private RecordLookup _lookup;
        private readonly List<NexudusRecord> _referenced = new List<NexudusRecord>();

        protected static EntitySpec Spec => EntitySpec.Of<T>();

        protected EntityClient<T> Client => ActiveConnection.For<T>();

        internal FieldInput Fields => _fields ?? (_fields = new FieldInput(this, Spec));

        /// <summary>Finds the records that reference parameters (-Group, -CommunityGroup...) name.</summary>
        internal RecordLookup Lookup => _lookup ?? (_lookup = new RecordLookup(this));

        /// <summary>The records the last <see cref="FieldValues"/> found for reference parameters (a thread's group).</summary>
        internal IReadOnlyList<NexudusRecord> Referenced => _referenced;

        protected override void BeginProcessing() => Fields.Begin();

        /// <summary>
        /// The field values for the record in hand (see <see cref="FieldInput"/>), with each reference turned into the Id
        /// of the record it names (-CommunityGroup 'Book Club': that group's Id). A record of another entity piped in
        /// binds whole to its reference parameter (a group piped into New-CommunityThread), and PowerShell binds its
        /// own properties by name as well (the group's BusinessId, UserId, SystemId): those describe that record, not
        /// this one, so only the command line's values count beside it. With <paramref name="full"/>, a referenced record
        /// known only by its Id is read, for the defaults it gives (its business, its owner).
        /// </summary>
        internal IReadOnlyList<FieldValue> FieldValues(bool pipelineCounts, bool full = false)
        {
            var values = Fields.Values(pipelineCounts);
            var piped = values.FirstOrDefault(v => v.Value is NexudusRecord record && !(record is T) && !Fields.FromCommandLine(v.Parameter) && RecordLookup.IsFromServer(record));
            if (piped != null) values = values.Where(v => v == piped || Fields.FromCommandLine(v.Parameter)).ToList();
            _referenced.Clear();
            return values.Select(v =>
            {
                if (!(v.Value is NexudusRecord reference) || v.Field.References == null) return v;
                var record = Lookup.Find(reference, v.Parameter, full);
                if (record != null) _referenced.Add(record);
                return new FieldValue(v.Parameter, v.Field, record?.Id, v.Use);
            }).ToList();
        }
    }
}
