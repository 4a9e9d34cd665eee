using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NexudusCommunity.Generators.Descriptions
{
    /// <summary>One description file (an .entity or an .enum) read into its lines, and what is wrong in it, by line.</summary>
    internal sealed class DescriptionFile
    {
        private static readonly DiagnosticDescriptor Problem = new DiagnosticDescriptor(
            "NXD001", "Description file problem", "{0}", "NexudusCommunity.Descriptions", DiagnosticSeverity.Error, true);

        private readonly SourceText _text;

        public DescriptionFile(string path, SourceText text)
        {
            Path = path;
            _text = text;
            var unread = new List<KeyValuePair<int, string>>();
            Roots = DescriptionNode.Parse(text, unread);
            foreach (var line in unread) Report(line.Key, line.Value);
        }

        public string Path { get; }
        public List<DescriptionNode> Roots { get; }
        public List<Diagnostic> Diagnostics { get; } = new List<Diagnostic>();

        /// <summary>The file name without folder or extension: "EventComment".</summary>
        public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

        public DescriptionNode Find(string key) => Roots.FirstOrDefault(n => n.Key == key);

        /// <summary>The value of a top-level setting that must be there; reported when it is not.</summary>
        public string Require(string key)
        {
            var node = Find(key);
            if (node != null && node.Value.Length > 0) return node.Value;
            Report(0, $"'{key}:' is missing: every {System.IO.Path.GetExtension(Path).TrimStart('.')} description names one");
            return null;
        }

        public void Report(DescriptionNode node, string message) => Report(node.Line, message);

        public void Report(int line, string message)
        {
            var span = line < _text.Lines.Count ? _text.Lines[line].Span : new TextSpan(0, 0);
            var location = Location.Create(Path, span, _text.Lines.GetLinePositionSpan(span));
            Diagnostics.Add(Diagnostic.Create(Problem, location, $"{Name} (line {line + 1}): {message}"));
        }

        /// <summary>A '#line' directive, so that the compiler's own errors (an unknown type) point at the description.</summary>
        public string LineDirective(DescriptionNode node) => $"#line {node.Line + 1} \"{Path}\"";
    }
}
