using System.Reflection;
using NexudusCommunity.Models.Spec;

namespace NexudusCommunity.Cmdlets.Input
{
    /// <summary>One field value a cmdlet was given, for the record being processed.</summary>
    public sealed class FieldValue(string parameter, FieldSpec field, object value, FieldUse use)
    {
        public string Parameter { get; } = parameter;
        public FieldSpec Field { get; } = field;
        public object Value { get; } = value;
        public FieldUse Use { get; } = use;
    }

    /// <summary>How a parameter acts on its field.</summary>
    public enum FieldUse
    {
        /// <summary>Sets the field (or filters by it, for Get-).</summary>
        Set,
        /// <summary>Adds ids to a list field (AddMember).</summary>
        AddIds,
        /// <summary>Removes ids from a list field (RemoveMember).</summary>
        RemoveIds,
    }

    /// <summary>
    /// The field values a cmdlet was given for the record in hand. Parameters bound on the command line count for
    /// every record, and count even when $null or '' (that clears a field). Parameters bound from the pipeline count
    /// only for the record they came from, and only when they carry a value: a blank CSV cell means "not given".
    /// (PowerShell keeps a parameter bound from an earlier pipeline record in BoundParameters with its default
    /// value, so the two kinds are told apart by what was bound before the first record.)
    /// </summary>
    internal sealed class FieldInput
    {
        private static readonly Dictionary<Type, (PropertyInfo Property, FieldSpec Field, FieldUse Use)[]> Maps =
            new Dictionary<Type, (PropertyInfo, FieldSpec, FieldUse)[]>();

        private readonly PSCmdlet _cmdlet;
        private readonly (PropertyInfo Property, FieldSpec Field, FieldUse Use)[] _parameters;
        private HashSet<string> _fromCommandLine;

        public FieldInput(PSCmdlet cmdlet, EntitySpec spec)
        {
            _cmdlet = cmdlet;
            _parameters = MapOf(cmdlet.GetType(), spec);
        }

        /// <summary>Call in BeginProcessing: what is bound now came from the command line.</summary>
        public void Begin() => _fromCommandLine = new HashSet<string>(_cmdlet.MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);

        public bool FromCommandLine(string parameter) => _fromCommandLine?.Contains(parameter) ?? true;

        /// <summary>The field values for the record in hand.</summary>
        /// <param name="pipelineCounts">False for a typed record piped in: its own properties bind to the parameters by
        /// name, but they are the record as it is, not changes.</param>
        public IReadOnlyList<FieldValue> Values(bool pipelineCounts)
        {
            var bound = _cmdlet.MyInvocation.BoundParameters;
            var values = new List<FieldValue>();
            foreach (var (property, field, use) in _parameters)
            {
                if (!bound.ContainsKey(property.Name)) continue;
                var value = property.GetValue(_cmdlet);
                if (value is SwitchParameter flag) value = flag.IsPresent;
                if (!FromCommandLine(property.Name) && (!pipelineCounts || value == null)) continue;
                values.Add(new FieldValue(property.Name, field, value, use));
            }
            return values;
        }

        /// <summary>The parameters of a cmdlet type that act on fields of the entity, found once per type.</summary>
        private static (PropertyInfo, FieldSpec, FieldUse)[] MapOf(Type cmdletType, EntitySpec spec)
        {
            lock (Maps)
            {
                if (Maps.TryGetValue(cmdletType, out var known)) return known;
                var map = new List<(PropertyInfo, FieldSpec, FieldUse)>();
                foreach (var property in cmdletType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (!property.GetCustomAttributes<ParameterAttribute>().Any() || property.DeclaringType != cmdletType) continue;
                    var field = spec.FieldForParameter(property.Name);
                    if (field != null) map.Add((property, field, FieldUse.Set));
                    else if ((field = spec.Fields.FirstOrDefault(f => string.Equals(f.AddParameter, property.Name, StringComparison.OrdinalIgnoreCase))) != null)
                        map.Add((property, field, FieldUse.AddIds));
                    else if ((field = spec.Fields.FirstOrDefault(f => string.Equals(f.RemoveParameter, property.Name, StringComparison.OrdinalIgnoreCase))) != null)
                        map.Add((property, field, FieldUse.RemoveIds));
                }
                return Maps[cmdletType] = map.ToArray();
            }
        }
    }
}
