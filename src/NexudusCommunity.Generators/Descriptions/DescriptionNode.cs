using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace NexudusCommunity.Generators.Descriptions
{
    /// <summary>
    /// One "key: value" line of a description file, with the lines indented under it. The file is a tree of such lines:
    /// settings at the top (entity: ..., path: ...), sections without a value (fields:), their items (Name: long), and
    /// each item's settings (filter: ..., help: ...). A line indented under a setting that has a value continues that
    /// value, so a long help text can be wrapped.
    /// </summary>
    internal sealed class DescriptionNode
    {
        private static readonly Regex KeyValue = new Regex(@"^(?<key>[A-Za-z_][A-Za-z0-9_]*)\s*:(\s+(?<value>.*))?$");

        public string Key { get; private set; }
        public string Value { get; private set; }
        /// <summary>Zero-based, for diagnostics.</summary>
        public int Line { get; private set; }
        public int Depth { get; private set; }
        public List<DescriptionNode> Children { get; } = new List<DescriptionNode>();

        /// <summary>Items (depth 1) take settings under them; settings take continuation lines (at the top, only those with a value: the others are sections).</summary>
        private bool IsSetting => Depth % 2 == 0;

        /// <summary>Reads the whole file: the top-level nodes, or the line it could not read and why.</summary>
        public static List<DescriptionNode> Parse(SourceText text, List<KeyValuePair<int, string>> problems)
        {
            var roots = new List<DescriptionNode>();
            var open = new Stack<KeyValuePair<int, DescriptionNode>>(); // indent, node
            foreach (var line in text.Lines)
            {
                var raw = line.ToString();
                var content = raw.Trim();
                if (content.Length == 0 || content.StartsWith("#")) continue;
                if (raw.IndexOf('\t') >= 0 && raw.IndexOf('\t') < raw.Length - raw.TrimStart().Length)
                {
                    problems.Add(new KeyValuePair<int, string>(line.LineNumber, "indent with spaces, not tabs"));
                    continue;
                }
                var indent = raw.Length - raw.TrimStart().Length;
                while (open.Count > 0 && open.Peek().Key >= indent) open.Pop();
                var parent = open.Count > 0 ? open.Peek().Value : null;
                if (parent != null && parent.IsSetting && (parent.Depth > 0 || parent.Value.Length > 0))
                {
                    parent.Value = parent.Value.Length == 0 ? content : parent.Value + " " + content;
                    continue;
                }
                var match = KeyValue.Match(content);
                if (!match.Success)
                {
                    problems.Add(new KeyValuePair<int, string>(line.LineNumber, $"expected 'name: value', found '{content}'"));
                    continue;
                }
                var node = new DescriptionNode
                {
                    Key = match.Groups["key"].Value,
                    Value = match.Groups["value"].Value.Trim(),
                    Line = line.LineNumber,
                    Depth = parent == null ? 0 : parent.Depth + 1,
                };
                var siblings = parent == null ? roots : parent.Children;
                var first = siblings.Find(n => n.Key == node.Key);
                if (first == null) siblings.Add(node);
                else problems.Add(new KeyValuePair<int, string>(line.LineNumber, $"'{node.Key}' is given twice (first on line {first.Line + 1})"));
                open.Push(new KeyValuePair<int, DescriptionNode>(indent, node));
            }
            return roots;
        }
    }
}
