using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace NexudusCommunity.Generators.Descriptions
{
    /// <summary>
    /// Writes the model class of an .entity description (its [Entity], [WriteOnlyField] and [Field] attributes, its
    /// properties, the by-Id/by-name constructors and ToString) and the enum of an .enum description. The engine, the
    /// sandbox, the help and the cmdlets then read the model's attributes as they would read hand-written ones.
    /// </summary>
    internal sealed class ModelWriter
    {
        private const string Namespace = "NexudusCommunity.Models";
        private const string Spec = "NexudusCommunity.Models.Spec.";
        private static readonly Regex TypeName = new Regex(@"^[A-Za-z_][A-Za-z0-9_.]*(\?|\[\])?$");
        private static readonly string[] EntityOwnKeys = { "entity", "summary", "path", "base", "fields", "writeOnly" };

        private readonly Compilation _compilation;
        private readonly DescriptionFile _file;
        private readonly StringBuilder _code = new StringBuilder();

        private ModelWriter(Compilation compilation, DescriptionFile file)
        {
            _compilation = compilation;
            _file = file;
        }

        /// <summary>The C# source of the description (null when it has no name to write), and the problems found.</summary>
        public static string Write(Compilation compilation, DescriptionFile file)
        {
            var writer = new ModelWriter(compilation, file);
            var ok = file.Path.EndsWith(".enum", StringComparison.OrdinalIgnoreCase) ? writer.WriteEnum() : writer.WriteEntity();
            return ok ? writer._code.ToString() : null;
        }

        private bool WriteEntity()
        {
            var name = _file.Require("entity");
            var path = _file.Require("path");
            var entity = Attribute("EntityAttribute");
            var field = Attribute("FieldAttribute");
            var writeOnly = Attribute("WriteOnlyFieldAttribute");
            if (name == null || path == null || entity == null || field == null || writeOnly == null) return false;

            Header("using System;\nusing NexudusCommunity.Models.Spec;\n");
            Summary("    ", _file.Find("summary"));
            var named = new List<string> { Quote(name), Quote(path) };
            foreach (var setting in _file.Roots.Where(n => !EntityOwnKeys.Contains(n.Key)))
            {
                if (entity.Knows(setting.Key)) named.Add(entity.NamedArgument(setting, _file));
                else Unknown(setting, "an entity", entity.Settings.Concat(EntityOwnKeys));
            }
            _code.Append($"    [{entity.Name}({string.Join(", ", named)})]\n");
            foreach (var item in Items("writeOnly"))
            {
                var arguments = new List<string> { Quote(item.Key), $"typeof({CheckType(item)})" };
                foreach (var setting in item.Children)
                {
                    if (writeOnly.Knows(setting.Key)) arguments.Add(writeOnly.NamedArgument(setting, _file));
                    else Unknown(setting, "a write-only field", writeOnly.Settings);
                }
                _code.Append($"    [{writeOnly.Name}({string.Join(", ", arguments)})]\n");
            }
            var baseName = RecordBase(_file.Find("base"));
            _code.Append($"    public sealed partial class {name} : {baseName}\n    {{\n");
            var fields = Items("fields").ToList();
            foreach (var item in fields) WriteField(item, field);
            new IdentityWriter(_compilation, name, _file.Find("nameField")?.Value, fields, baseName).Write(_code);
            _code.Append("    }\n}\n");
            return true;
        }

        private void WriteField(DescriptionNode item, AttributeWriter field)
        {
            Summary("        ", item.Children.FirstOrDefault(s => s.Key == "doc"));
            var arguments = new List<string>();
            foreach (var setting in item.Children.Where(s => s.Key != "doc"))
            {
                if (setting.Key == "flags")
                {
                    arguments.Insert(0, AttributeWriter.Literal(Type(Spec + "FieldFlags"), setting.Value, out var problem));
                    if (problem != null) _file.Report(setting, $"flags: {problem}");
                }
                else if (field.Knows(setting.Key)) arguments.Add(field.NamedArgument(setting, _file));
                else Unknown(setting, "a field", field.Settings.Concat(new[] { "flags", "doc" }));
            }
            if (item.Children.Any(s => s.Key != "doc")) _code.Append($"        [{field.Name}({string.Join(", ", arguments)})]\n");
            var type = CheckType(item);
            _code.Append(_file.LineDirective(item)).Append('\n');
            _code.Append($"        public {type} {item.Key} {{ get; set; }}\n#line default\n\n");
        }

        private bool WriteEnum()
        {
            var name = _file.Require("enum");
            var apiName = _file.Require("apiName");
            if (name == null || apiName == null || Attribute("ApiEnumAttribute") == null) return false;
            foreach (var setting in _file.Roots.Where(n => n.Key != "enum" && n.Key != "apiName" && n.Key != "summary" && n.Key != "values"))
                Unknown(setting, "an enum", new[] { "enum", "summary", "apiName", "values" });
            Header("using NexudusCommunity.Models.Spec;\n");
            Summary("    ", _file.Find("summary"));
            _code.Append($"    [ApiEnum({Quote(apiName)})]\n    public enum {name}\n    {{\n");
            foreach (var value in Items("values"))
            {
                if (!long.TryParse(value.Value, out _)) _file.Report(value, $"{value.Key}: '{value.Value}' is not a whole number (the number the API sends)");
                foreach (var setting in value.Children.Where(s => s.Key != "doc")) Unknown(setting, "an enum value", new[] { "doc" });
                Summary("        ", value.Children.FirstOrDefault(s => s.Key == "doc"));
                _code.Append($"        {value.Key} = {value.Value},\n");
            }
            _code.Append("    }\n}\n");
            return true;
        }

        private void Header(string usings) =>
            _code.Append($"// <auto-generated> by NexudusCommunity.Generators from {System.IO.Path.GetFileName(_file.Path)}. </auto-generated>\n")
                 .Append(usings).Append($"\nnamespace {Namespace}\n{{\n");

        private IEnumerable<DescriptionNode> Items(string section) => _file.Find(section)?.Children ?? Enumerable.Empty<DescriptionNode>();

        private void Summary(string indent, DescriptionNode node)
        {
            if (node == null || node.Value.Length == 0) return;
            var text = node.Value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
            _code.Append($"{indent}/// <summary>{text}</summary>\n");
        }

        /// <summary>The record class the model derives from: NexudusRecord, or one of its abstract subclasses (BusinessRecord...).</summary>
        private string RecordBase(DescriptionNode node)
        {
            const string everyRecord = "NexudusRecord";
            if (node == null) return everyRecord;
            var record = Type(Namespace + "." + everyRecord);
            var bases = _compilation.GlobalNamespace.GetNamespaceMembers().Where(n => n.Name == "NexudusCommunity")
                .SelectMany(n => n.GetNamespaceMembers()).Where(n => n.Name == "Models").SelectMany(n => n.GetTypeMembers())
                .Where(t => SymbolEqualityComparer.Default.Equals(t, record) || t.IsAbstract && Derives(t, record))
                .Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
            if (bases.Contains(node.Value)) return node.Value;
            _file.Report(node, $"base: '{node.Value}' is not a record base; the bases are: {string.Join(", ", bases)}");
            return everyRecord;
        }

        private static bool Derives(INamedTypeSymbol type, INamedTypeSymbol ancestor)
        {
            for (var t = type.BaseType; t != null; t = t.BaseType)
                if (SymbolEqualityComparer.Default.Equals(t, ancestor)) return true;
            return false;
        }

        private string CheckType(DescriptionNode item)
        {
            if (TypeName.IsMatch(item.Value)) return item.Value;
            _file.Report(item, $"{item.Key}: '{item.Value}' is not a type (string, long, long?, long[], bool, DateTime?, an enum...)");
            return "object";
        }

        private void Unknown(DescriptionNode setting, string what, IEnumerable<string> known) =>
            _file.Report(setting, $"'{setting.Key}' is not a setting of {what}; the settings are: {string.Join(", ", known.Distinct())}");

        private AttributeWriter Attribute(string name)
        {
            var type = Type(Spec + name);
            if (type == null) _file.Report(0, $"{Spec}{name} is not in this compilation: descriptions are read in the models project");
            return type == null ? null : new AttributeWriter(type);
        }

        private INamedTypeSymbol Type(string metadataName) => _compilation.GetTypeByMetadataName(metadataName);

        private static string Quote(string text) => AttributeWriter.Quote(text);
    }
}
