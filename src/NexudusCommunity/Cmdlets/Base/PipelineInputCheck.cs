using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// PowerShell silently skips a by-property-name value it cannot convert: a CSV row with GroupAccess
    /// 'Everyone' or BusinessId 'junk' would create a record with defaults instead. This finds input properties
    /// that match a pipeline parameter, carry a value, and were not bound, so the record is refused instead.
    /// </summary>
    internal static class PipelineInputCheck
    {
        public static void ThrowIfDropped(PSCmdlet cmdlet, PSObject input)
        {
            if (input == null || input.BaseObject is string || input.BaseObject.GetType().IsPrimitive) return;
            var bound = cmdlet.MyInvocation.BoundParameters;
            foreach (var parameter in ByPropertyNameParameters(cmdlet.GetType()))
            {
                if (bound.ContainsKey(parameter.Name)) continue;
                foreach (var name in parameter.Names)
                {
                    var property = input.Properties[name];
                    if (property == null) continue;
                    object value;
                    try { value = property.Value; } catch (GetValueException) { continue; }
                    if (value == null || (value is string text && string.IsNullOrWhiteSpace(text))) continue; // an empty cell: not given
                    throw new ParameterException(parameter.Name,
                        $"{parameter.Name}: the input's {name} value '{value}' is not a valid {Describe(parameter.Type)}; the record was not created.");
                }
            }
        }

        private sealed class PipelineParameter
        {
            public string Name;
            public string[] Names;
            public Type Type;
        }

        private static readonly Dictionary<Type, List<PipelineParameter>> Cache = new Dictionary<Type, List<PipelineParameter>>();

        private static List<PipelineParameter> ByPropertyNameParameters(Type cmdletType)
        {
            lock (Cache)
            {
                if (Cache.TryGetValue(cmdletType, out var known)) return known;
                var found = cmdletType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.GetCustomAttributes<ParameterAttribute>().Any(a => a.ValueFromPipelineByPropertyName))
                    .Select(p => new PipelineParameter
                    {
                        Name = p.Name,
                        Names = new[] { p.Name }.Concat(p.GetCustomAttributes<AliasAttribute>().SelectMany(a => a.AliasNames)).ToArray(),
                        Type = p.PropertyType,
                    })
                    .ToList();
                Cache[cmdletType] = found;
                return found;
            }
        }

        private static string Describe(Type type)
        {
            var t = Nullable.GetUnderlyingType(type) ?? type;
            if (t.IsEnum) return $"{t.Name} ({string.Join(", ", Enum.GetNames(t))})";
            if (t == typeof(int) || t == typeof(int[])) return "whole number (or list of them)";
            if (t == typeof(SwitchParameter) || t == typeof(bool)) return "true/false value";
            if (t == typeof(Uri)) return "web address";
            return t.Name;
        }
    }
}
