using System;
using System.Reflection;

namespace NexudusCommunity.Models.Spec
{
    /// <summary>One field of an entity: its wire name, kind and what the API does with it (see <see cref="FieldAttribute"/>).</summary>
    public sealed class FieldSpec
    {
        internal FieldSpec(string name, Type type, PropertyInfo property, FieldAttribute attribute)
        {
            Name = name;
            Type = type;
            Property = property;
            var a = attribute ?? new FieldAttribute();
            Flags = a.Flags;
            Filter = a.Filter;
            Range = a.Range;
            Alias = a.Alias;
            References = a.References;
            Parameter = a.Parameter ?? name;
            AddParameter = a.AddParameter;
            RemoveParameter = a.RemoveParameter;
            MaxLength = a.MaxLength;
            Help = a.Help;
            Minimum = a.Minimum != int.MinValue ? a.Minimum : References != null || name == "Id" ? 1 : (int?)null;
            var plain = Nullable.GetUnderlyingType(type) ?? type;
            EnumType = plain.IsEnum ? plain : null;
            Kind = KindOf(plain);
            // Real ids are ten digits and grow: an id typed narrower than 64 bits would fail the day they pass Int32.
            if ((References != null || name == "Id") && plain != typeof(long) && plain != typeof(long[]) && property?.DeclaringType != null
                && typeof(NexudusRecord).IsAssignableFrom(property.DeclaringType))
                throw new NotSupportedException($"{property.DeclaringType.Name}.{name} holds ids: type it long, long? or long[].");
            ElementType = Kind == FieldKind.ObjectList ? type.GetElementType() : null;
        }

        /// <summary>As the API spells it: "BusinessId".</summary>
        public string Name { get; }

        /// <summary>The model's property type (long, string, GroupAccess?, long[] ...).</summary>
        public Type Type { get; }

        /// <summary>The model property; null for a write-only instruction.</summary>
        public PropertyInfo Property { get; }

        public FieldKind Kind { get; }
        public FieldFlags Flags { get; }
        public Type EnumType { get; }
        public Type ElementType { get; }
        public string Filter { get; }
        public string Range { get; }
        public string Alias { get; }
        public string References { get; }
        public string Parameter { get; }
        public string AddParameter { get; }
        public string RemoveParameter { get; }
        public int MaxLength { get; }
        public int? Minimum { get; }

        /// <summary>What the field means to people (<see cref="FieldAttribute.Help"/>); null when the model does not say.</summary>
        public string Help { get; }

        public bool IsWritable => (Flags & FieldFlags.Writable) != 0;
        public bool IsRequired => (Flags & FieldFlags.Required) != 0;
        public bool IsSortable => (Flags & FieldFlags.Sortable) != 0;
        public bool IsDetailOnly => (Flags & FieldFlags.DetailOnly) != 0;

        /// <summary>A write-only instruction (NewImageUrl): sent when given, never stored or read.</summary>
        public bool IsWriteOnly => Property == null;

        /// <summary>Sent as Added&lt;Name&gt; beside the full list, so the server keeps ids someone else added meanwhile.</summary>
        public string AddedName => "Added" + Name;

        public string RemovedName => "Removed" + Name;

        public object GetValue(object record) => Property?.GetValue(record);

        public override string ToString() => Name;

        private static FieldKind KindOf(Type plain)
        {
            if (plain == typeof(int) || plain == typeof(long)) return FieldKind.Number;
            if (plain == typeof(int[])) throw new NotSupportedException("A list of ids is long[] (ids are 64-bit).");
            if (plain == typeof(decimal)) return FieldKind.Decimal;
            if (plain == typeof(string)) return FieldKind.Text;
            if (plain == typeof(bool)) return FieldKind.TrueFalse;
            if (plain == typeof(DateTime)) return FieldKind.Date;
            if (plain == typeof(Guid)) return FieldKind.Guid;
            if (plain == typeof(Uri)) return FieldKind.Address;
            if (plain.IsEnum) return FieldKind.Choice;
            if (plain == typeof(long[])) return FieldKind.IdList;
            if (plain.IsArray && plain.GetElementType().IsClass) return FieldKind.ObjectList;
            throw new NotSupportedException($"A field of type {plain.Name} has no kind: add one to {nameof(FieldKind)}.");
        }
    }
}
