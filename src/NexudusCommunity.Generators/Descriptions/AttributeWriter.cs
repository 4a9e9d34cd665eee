using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NexudusCommunity.Generators.Descriptions
{
    /// <summary>
    /// Turns a description's settings into the named arguments of one of the Spec attributes ([Entity], [Field],
    /// [WriteOnlyField]). The attribute class itself says which settings exist and what kind of value each takes, so a
    /// new property on an attribute is a new setting with no change here.
    /// </summary>
    internal sealed class AttributeWriter
    {
        private readonly INamedTypeSymbol _attribute;
        private readonly Dictionary<string, IPropertySymbol> _settings;

        public AttributeWriter(INamedTypeSymbol attribute)
        {
            _attribute = attribute;
            _settings = attribute.GetMembers().OfType<IPropertySymbol>()
                .Where(p => p.SetMethod != null && p.SetMethod.DeclaredAccessibility == Accessibility.Public)
                .ToDictionary(p => Camel(p.Name), StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The setting names, as a description spells them.</summary>
        public IEnumerable<string> Settings => _settings.Keys.OrderBy(k => k, StringComparer.Ordinal);

        public bool Knows(string key) => _settings.ContainsKey(key);

        /// <summary>"Filter = \"Name\"", or the reason the value does not fit the setting.</summary>
        public string NamedArgument(DescriptionNode setting, DescriptionFile file)
        {
            var property = _settings[setting.Key];
            var value = Literal(property.Type, setting.Value, out var problem);
            if (problem != null) file.Report(setting, $"{setting.Key}: {problem}");
            return property.Name + " = " + value;
        }

        /// <summary>A C# literal of the type: a quoted string, a number, true/false, or enum members joined with '|'.</summary>
        public static string Literal(ITypeSymbol type, string text, out string problem)
        {
            problem = null;
            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                    return Quote(text);
                case SpecialType.System_Int32:
                    if (!int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
                        return Refuse($"'{text}' is not a whole number", "0", out problem);
                    return text;
                case SpecialType.System_Boolean:
                    if (text != "true" && text != "false") return Refuse($"'{text}' is neither true nor false", "false", out problem);
                    return text;
            }
            if (type.TypeKind != TypeKind.Enum) return Refuse($"settings of type {type.Name} cannot be described", "default", out problem);
            var members = type.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name).ToList();
            var names = text.Split(new[] { ',', '|' }, StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim()).ToList();
            var unknown = names.Where(n => !members.Contains(n)).ToList();
            if (unknown.Count > 0 || names.Count == 0)
                problem = $"'{string.Join(", ", unknown.DefaultIfEmpty(text))}' is not one of {string.Join(", ", members)}";
            var qualified = type.Name + ".";
            return string.Join(" | ", names.Where(members.Contains).Select(n => qualified + n).DefaultIfEmpty("default"));
        }

        /// <summary>A stand-in value that compiles, so the build reports the description's mistake and not a follow-on one.</summary>
        private static string Refuse(string reason, string standIn, out string problem)
        {
            problem = reason;
            return standIn;
        }

        public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

        /// <summary>"IdListParameter" as "idListParameter".</summary>
        public static string Camel(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);

        /// <summary>"Field" for FieldAttribute, as the generated code writes it (it uses the Spec namespace).</summary>
        public string Name => _attribute.Name.Substring(0, _attribute.Name.Length - "Attribute".Length);
    }
}
