using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace NexudusCommunity.Models.Spec
{
    /// <summary>
    /// An entity as its model describes it (<see cref="EntityAttribute"/>, <see cref="FieldAttribute"/>): read once
    /// per type by reflection, on first use. Also describes plain nested types (a command's parameters), whose
    /// public settable properties are read-only fields.
    /// </summary>
    public sealed class EntitySpec
    {
        private static readonly ConcurrentDictionary<Type, EntitySpec> Known = new ConcurrentDictionary<Type, EntitySpec>();
        private readonly Dictionary<string, FieldSpec> _byName;
        private readonly Dictionary<string, FieldSpec> _byParameter;

        private EntitySpec(Type type)
        {
            ModelType = type;
            var entity = type.GetCustomAttribute<EntityAttribute>(inherit: false);
            Name = entity?.Name ?? type.Name;
            Path = entity?.Path?.Trim('/');
            HasCommands = entity?.HasCommands ?? false;
            Verbs = entity == null ? EntityVerbs.None : entity.ReadOnly ? EntityVerbs.Get : entity.Verbs;
            IsReadOnly = (Verbs & (EntityVerbs.New | EntityVerbs.Set | EntityVerbs.Remove)) == 0;
            Noun = entity?.Noun ?? Name;
            IdListParameter = entity?.IdListParameter ?? Name + "_Id";
            // Base-class fields (Id, dates) first, as the API lists them.
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.CanWrite && p.GetSetMethod() != null && p.GetIndexParameters().Length == 0)
                .OrderBy(p => Depth(p.DeclaringType)).ThenBy(p => p.MetadataToken);
            var fields = properties.Select(p => new FieldSpec(p.Name, p.PropertyType, p, p.GetCustomAttribute<FieldAttribute>())).ToList();
            fields.AddRange(type.GetCustomAttributes<WriteOnlyFieldAttribute>(inherit: false)
                .Select(w => new FieldSpec(w.Name, w.Type, null, new FieldAttribute(FieldFlags.Writable) { Help = w.Help, Omit = w.Omit })));
            Fields = fields;
            NameField = entity?.NameField == null ? null : fields.First(f => f.Name == entity.NameField);
            _byName = fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
            foreach (var f in fields.Where(f => f.Alias != null)) _byName[f.Alias] = f;
            _byParameter = new Dictionary<string, FieldSpec>(StringComparer.OrdinalIgnoreCase);
            foreach (var f in fields) _byParameter[f.Parameter] = f;
        }

        public static EntitySpec Of<T>() => Of(typeof(T));

        public static EntitySpec Of(Type type) => Known.GetOrAdd(type, t => new EntitySpec(t));

        public Type ModelType { get; }

        /// <summary>"CommunityGroup".</summary>
        public string Name { get; }

        /// <summary>"api/community/communitygroups"; null for a nested type.</summary>
        public string Path { get; }

        public bool HasCommands { get; }

        /// <summary>The query parameter that asks for several records by Id: "CommunityGroup_Id=[1,2]", "id=[1,2]".</summary>
        public string IdListParameter { get; }

        /// <summary>Many Ids are read in one request with full records: the documented batch read (?id=[1,2]) gives them;
        /// a list filtered by Id (CommunityGroup_Id=[1,2]) gives list records, without detail-only fields.</summary>
        public bool BatchReadsFullRecords => IdListParameter == "id";

        /// <summary>Nothing but Get: no create, update or delete.</summary>
        public bool IsReadOnly { get; }

        /// <summary>The standard cmdlets it has.</summary>
        public EntityVerbs Verbs { get; }

        /// <summary>The noun of its cmdlets: "CommunityGroup", "NexudusCoworker".</summary>
        public string Noun { get; }

        /// <summary>Every field, base-class fields first, write-only instructions last.</summary>
        public IReadOnlyList<FieldSpec> Fields { get; }

        /// <summary>The field that names a record to people; null when records have no name.</summary>
        public FieldSpec NameField { get; }

        public IEnumerable<FieldSpec> SortFields => Fields.Where(f => f.IsSortable);

        /// <summary>By wire name or alias, any case; null when unknown.</summary>
        public FieldSpec Field(string name) => name != null && _byName.TryGetValue(name, out var f) ? f : null;

        /// <summary>The field a cmdlet parameter of this name sets or filters; null when none.</summary>
        public FieldSpec FieldForParameter(string parameter) =>
            parameter != null && _byParameter.TryGetValue(parameter, out var f) ? f : null;

        public string Role(string operation) => Name + "-" + operation;

        /// <summary>"CommunityGroup 'Book Club' (Id 42)", or without the name part when it is not known.</summary>
        public string Describe(long id, string name = null) =>
            string.IsNullOrEmpty(name) ? $"{Name} {id}" : $"{Name} '{name}' (Id {id})";

        public string NameOf(object record) => NameField?.GetValue(record) as string;

        public override string ToString() => Name;

        private static int Depth(Type type)
        {
            var depth = 0;
            for (var t = type.BaseType; t != null; t = t.BaseType) depth++;
            return depth;
        }
    }
}
