using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.Json;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Api.Json
{
    /// <summary>Reads one field's value from the reader into a record.</summary>
    internal delegate void ReadField(ref Utf8JsonReader reader, object record);

    /// <summary>
    /// Reads records of one model straight from UTF-8 JSON, field by field as its <see cref="EntitySpec"/>
    /// describes them (aliases included), with no document, no copy and no reflection per value. Properties are
    /// matched by their UTF-8 bytes, trying the field after the last one matched first, since answers list
    /// fields in a stable order; other casings are matched too. Unknown properties are skipped.
    /// </summary>
    internal sealed class RecordReader
    {
        private static readonly ConcurrentDictionary<Type, RecordReader> Known = new ConcurrentDictionary<Type, RecordReader>();
        private readonly Func<object> _create;
        private readonly byte[][] _names;
        private readonly ReadField[] _readers;
        // For each name: the field it sets (an alias sets the same field as its field's own name).
        private readonly int[] _fieldOf;
        private readonly bool[] _isAlias;
        private readonly Dictionary<string, int> _anyCase;

        private RecordReader(EntitySpec spec)
        {
            Spec = spec;
            _create = (Func<object>)Delegate.CreateDelegate(typeof(Func<object>),
                typeof(RecordReader).GetMethod(nameof(New), BindingFlags.NonPublic | BindingFlags.Static).MakeGenericMethod(spec.ModelType));
            var names = new List<byte[]>();
            var readers = new List<ReadField>();
            var fieldOf = new List<int>();
            var isAlias = new List<bool>();
            var fields = spec.Fields.Where(f => !f.IsWriteOnly).ToList();
            if (fields.Count > 64) throw new NotSupportedException($"{spec.Name} has more than 64 fields.");
            for (var i = 0; i < fields.Count; i++)
            {
                var read = FieldReaders.For(fields[i]);
                foreach (var name in new[] { fields[i].Name, fields[i].Alias })
                {
                    if (name == null) continue;
                    names.Add(Encoding.UTF8.GetBytes(name));
                    readers.Add(read);
                    fieldOf.Add(i);
                    isAlias.Add(name != fields[i].Name);
                }
            }
            _names = names.ToArray();
            _readers = readers.ToArray();
            _fieldOf = fieldOf.ToArray();
            _isAlias = isAlias.ToArray();
            _anyCase = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < _names.Length; i++)
            {
                var name = Encoding.UTF8.GetString(_names[i]);
                if (!_anyCase.ContainsKey(name)) _anyCase[name] = i;
            }
        }

        public static RecordReader For(Type model) => Known.GetOrAdd(model, t => new RecordReader(EntitySpec.Of(t)));

        public EntitySpec Spec { get; }

        /// <summary>Reads the object the reader is on (StartObject) and leaves the reader on its EndObject.</summary>
        public object Read(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
                throw new JsonException($"Expected a {Spec.Name} object, found {reader.TokenType}.");
            var record = _create();
            var next = 0;
            ulong set = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var index = Match(ref reader, next);
                reader.Read();
                // An alias ("Business" in lists) never overwrites the field read under its own name.
                if (index < 0 || (_isAlias[index] && (set & (1UL << _fieldOf[index])) != 0))
                {
                    reader.Skip();
                    continue;
                }
                _readers[index](ref reader, record);
                set |= 1UL << _fieldOf[index];
                next = index + 1;
            }
            return record;
        }

        public T Read<T>(ref Utf8JsonReader reader) => (T)Read(ref reader);

        /// <summary>Reads a whole UTF-8 body holding one record.</summary>
        public T Read<T>(byte[] utf8)
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            reader.Read();
            return Read<T>(ref reader);
        }

        private int Match(ref Utf8JsonReader reader, int next)
        {
            if (next < _names.Length && reader.ValueTextEquals(_names[next])) return next;
            for (var i = 0; i < _names.Length; i++)
                if (i != next && reader.ValueTextEquals(_names[i])) return i;
            return _anyCase.TryGetValue(reader.GetString(), out var index) ? index : -1;
        }

        private static object New<T>() where T : new() => new T();
    }

    /// <summary>Builds the reader of one field: a tolerant value read and a typed setter, once per field.</summary>
    internal static class FieldReaders
    {
        public static ReadField For(FieldSpec field)
        {
            var type = field.Type;
            // How a value that does not fit names the field: "CommunityGroup.Id".
            var name = field.Property?.ReflectedType?.Name + "." + field.Name;
            switch (field.Kind)
            {
                case FieldKind.Number when type == typeof(int): return Setter<int>(field, (ref Utf8JsonReader r, Action<object, int> set, object o) => { var v = TolerantValues.Int(ref r, name); if (v.HasValue) set(o, v.Value); });
                case FieldKind.Number when type == typeof(int?): return Setter<int?>(field, (ref Utf8JsonReader r, Action<object, int?> set, object o) => set(o, TolerantValues.Int(ref r, name)));
                case FieldKind.Number when type == typeof(long): return Setter<long>(field, (ref Utf8JsonReader r, Action<object, long> set, object o) => { var v = TolerantValues.Long(ref r, name); if (v.HasValue) set(o, v.Value); });
                case FieldKind.Number when type == typeof(long?): return Setter<long?>(field, (ref Utf8JsonReader r, Action<object, long?> set, object o) => set(o, TolerantValues.Long(ref r, name)));
                case FieldKind.Decimal when type == typeof(decimal): return Setter<decimal>(field, (ref Utf8JsonReader r, Action<object, decimal> set, object o) => { var v = TolerantValues.Decimal(ref r); if (v.HasValue) set(o, v.Value); });
                case FieldKind.Decimal: return Setter<decimal?>(field, (ref Utf8JsonReader r, Action<object, decimal?> set, object o) => set(o, TolerantValues.Decimal(ref r)));
                case FieldKind.Text: return Setter<string>(field, (ref Utf8JsonReader r, Action<object, string> set, object o) => set(o, TolerantValues.Text(ref r)));
                case FieldKind.TrueFalse when type == typeof(bool): return Setter<bool>(field, (ref Utf8JsonReader r, Action<object, bool> set, object o) => set(o, TolerantValues.Bool(ref r) ?? false));
                case FieldKind.TrueFalse: return Setter<bool?>(field, (ref Utf8JsonReader r, Action<object, bool?> set, object o) => set(o, TolerantValues.Bool(ref r)));
                case FieldKind.Date when type == typeof(DateTime): return Setter<DateTime>(field, (ref Utf8JsonReader r, Action<object, DateTime> set, object o) => { var v = TolerantValues.Date(ref r); if (v.HasValue) set(o, v.Value); });
                case FieldKind.Date: return Setter<DateTime?>(field, (ref Utf8JsonReader r, Action<object, DateTime?> set, object o) => set(o, TolerantValues.Date(ref r)));
                case FieldKind.Guid: return Setter<Guid?>(field, (ref Utf8JsonReader r, Action<object, Guid?> set, object o) => set(o, TolerantValues.Guid(ref r)));
                case FieldKind.IdList: return Setter<long[]>(field, (ref Utf8JsonReader r, Action<object, long[]> set, object o) => set(o, TolerantValues.IdList(ref r, name)));
                case FieldKind.Address: return Setter<Uri>(field, (ref Utf8JsonReader r, Action<object, Uri> set, object o) => set(o, Uri.TryCreate(TolerantValues.Text(ref r), UriKind.Absolute, out var u) ? u : null));
                case FieldKind.Choice:
                    return (ReadField)typeof(FieldReaders).GetMethod(nameof(ChoiceReader), BindingFlags.NonPublic | BindingFlags.Static)
                        .MakeGenericMethod(field.EnumType).Invoke(null, new object[] { field });
                case FieldKind.ObjectList:
                    return (ReadField)typeof(FieldReaders).GetMethod(nameof(ObjectListReader), BindingFlags.NonPublic | BindingFlags.Static)
                        .MakeGenericMethod(field.ElementType).Invoke(null, new object[] { field });
                default:
                    throw new NotSupportedException($"{field.Name}: no reader for {type.Name}.");
            }
        }

        private delegate void ReadValue<TValue>(ref Utf8JsonReader reader, Action<object, TValue> set, object record);

        private static ReadField Setter<TValue>(FieldSpec field, ReadValue<TValue> read)
        {
            var set = SetterOf<TValue>(field);
            return (ref Utf8JsonReader reader, object record) => read(ref reader, set, record);
        }

        private static ReadField ChoiceReader<TEnum>(FieldSpec field) where TEnum : struct
        {
            if (field.Type == typeof(TEnum))
            {
                var setPlain = SetterOf<TEnum>(field);
                return (ref Utf8JsonReader r, object o) => { var v = TolerantValues.Choice<TEnum>(ref r); if (v.HasValue) setPlain(o, v.Value); };
            }
            var set = SetterOf<TEnum?>(field);
            return (ref Utf8JsonReader r, object o) => set(o, TolerantValues.Choice<TEnum>(ref r));
        }

        private static ReadField ObjectListReader<TElement>(FieldSpec field) where TElement : class
        {
            var set = SetterOf<TElement[]>(field);
            var element = RecordReader.For(typeof(TElement));
            return (ref Utf8JsonReader r, object o) =>
            {
                if (r.TokenType != JsonTokenType.StartArray)
                {
                    r.Skip();
                    return;
                }
                var items = new List<TElement>();
                while (r.Read() && r.TokenType != JsonTokenType.EndArray)
                {
                    if (r.TokenType == JsonTokenType.StartObject) items.Add(element.Read<TElement>(ref r));
                    else r.Skip();
                }
                set(o, items.ToArray());
            };
        }

        /// <summary>A typed setter: an open delegate over the property's set method, wrapped once for any declaring type.</summary>
        private static Action<object, TValue> SetterOf<TValue>(FieldSpec field)
        {
            var setter = field.Property.GetSetMethod();
            var typed = typeof(FieldReaders).GetMethod(nameof(Typed), BindingFlags.NonPublic | BindingFlags.Static)
                .MakeGenericMethod(field.Property.DeclaringType, typeof(TValue));
            return (Action<object, TValue>)typed.Invoke(null, new object[] { setter });
        }

        private static Action<object, TValue> Typed<TRecord, TValue>(MethodInfo setter)
        {
            var set = (Action<TRecord, TValue>)Delegate.CreateDelegate(typeof(Action<TRecord, TValue>), setter);
            return (record, value) => set((TRecord)record, value);
        }
    }
}
