using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using NexudusCommunity.Text;

namespace NexudusCommunity.Generators.Descriptions
{
    /// <summary>
    /// What lets a parameter typed as a model take a record, its Id or its name: the parameterless, (long id) and
    /// (string idOrName) constructors, and a ToString that shows the name. Written for a model with a nameField; a member
    /// a hand-written part of the (partial) model declares is not written again.
    /// </summary>
    internal sealed class IdentityWriter
    {
        private readonly INamedTypeSymbol _handWritten;
        private readonly string _name;
        private readonly string _nameField;
        private readonly string _nameType;
        private readonly bool _nameSettable;

        public IdentityWriter(Compilation compilation, string name, string nameField, IEnumerable<DescriptionNode> fields, string baseName)
        {
            _name = name;
            _nameField = nameField;
            _handWritten = compilation.GetTypeByMetadataName("NexudusCommunity.Models." + name);
            var described = fields.FirstOrDefault(f => f.Key == nameField);
            if (described != null)
            {
                _nameType = described.Value;
                _nameSettable = true;
                return;
            }
            var inherited = compilation.GetTypeByMetadataName("NexudusCommunity.Models." + baseName)?.GetMembers(nameField ?? "").OfType<IPropertySymbol>().FirstOrDefault();
            _nameType = inherited?.Type.SpecialType == SpecialType.System_String ? "string" : inherited?.Type.ToDisplayString();
            _nameSettable = inherited?.SetMethod != null;
        }

        public void Write(StringBuilder code)
        {
            if (_nameField == null || _nameType == null) return;
            var label = EnglishNames.Words(_nameField);
            if (!HasConstructor())
                code.Append($"        public {_name}()\n        {{\n        }}\n\n");
            if (!HasConstructor(SpecialType.System_Int64))
                code.Append($"        /// <summary>The {_name} with this Id: how -{_name} 1234567890 binds.</summary>\n" +
                            $"        public {_name}(long id) => Id = id;\n\n");
            if (!HasConstructor(SpecialType.System_String) && _nameSettable && _nameType == "string")
                code.Append($"        /// <summary>The {_name} with this Id (a whole number) or {label}: how -{_name} 'its {label}' binds.</summary>\n" +
                            $"        public {_name}(string idOrName)\n        {{\n" +
                            "            if (TryReadId(idOrName, out var id)) Id = id;\n" +
                            $"            else {_nameField} = idOrName?.Trim();\n        }}\n\n");
            var declaresToString = _handWritten != null &&
                _handWritten.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => m.Parameters.Length == 0 && !m.IsImplicitlyDeclared);
            if (!declaresToString)
                code.Append($"        /// <summary>The record's {label}, as lists and confirmations show it.</summary>\n" +
                            $"        public override string ToString() => {_nameField}{(_nameType == "string" ? "" : "?.ToString()")};\n");
        }

        /// <summary>Whether a hand-written part of the model declares a constructor taking exactly these parameters.</summary>
        private bool HasConstructor(params SpecialType[] parameters) =>
            _handWritten != null && _handWritten.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared && c.Parameters.Select(p => p.Type.SpecialType).SequenceEqual(parameters));
    }
}
