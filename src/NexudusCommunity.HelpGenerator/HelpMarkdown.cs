using System.Text.RegularExpressions;

namespace NexudusCommunity.HelpGenerator;

/// <summary>A documented thing with the file and line it starts on, so problems can point at the markdown.</summary>
public abstract record Located(int Line)
{
    /// <summary>The page it was written on; null for what the generator derives from the code.</summary>
    public string? File { get; init; }
}

public sealed record ParameterDoc(int Line, string Name, bool Wildcards, IReadOnlyList<string> Paragraphs) : Located(Line);

public sealed record ExampleDoc(int Line, string Title, string Code, IReadOnlyList<string> Remarks) : Located(Line);

public sealed record TypeDoc(int Line, string TypeName, IReadOnlyList<string> Paragraphs) : Located(Line);

public sealed record LinkDoc(int Line, string Text, string? Uri) : Located(Line);

/// <summary>
/// One cmdlet's help source, docs/help/&lt;Verb-Noun&gt;.md, in the format docs/help/README.md describes:
/// <c># Verb-Noun</c>, then <c>## Synopsis</c>, <c>## Description</c>, <c>## Parameters</c> (a <c>### -Name</c> per
/// parameter), <c>## Examples</c> (a <c>### Title</c> per example: one code fence, then remarks), <c>## Inputs</c>,
/// <c>## Outputs</c> (a <c>### TypeName</c> each), and optionally <c>## Notes</c> and <c>## Related Links</c>.
/// Parameter metadata (type, sets, position, pipeline input, aliases, defaults) is never written here: it comes
/// from the compiled cmdlet.
/// </summary>
public sealed class HelpMarkdown
{
    public static readonly string[] KnownSections =
        ["Synopsis", "Description", "Parameters", "Examples", "Inputs", "Outputs", "Notes", "Related Links"];

    /// <summary>
    /// What --scaffold leaves for the author to replace, "{{Fill in: ...}}". Any left fails the build (NXH014), so an
    /// unfinished page cannot ship.
    /// </summary>
    public static readonly Regex Placeholder = new(@"\{\{\s*Fill in\b[^}]*(\}\})?", RegexOptions.IgnoreCase);

    private static readonly Regex Heading = new(@"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$");
    private static readonly Regex Fence = new(@"^[ \t]{0,3}(```+|~~~+)[ \t]*([\w+-]*)[ \t]*$");
    private static readonly Regex ParameterHeading = new(@"^-(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:[ \t]+\((?<flag>wildcards)\))?$", RegexOptions.IgnoreCase);
    private static readonly Regex ListItem = new(@"^[ \t]{0,3}(?:[-*+]|\d+[.)])[ \t]+");
    private static readonly Regex MarkdownLink = new(@"^\[(?<text>[^\]]+)\]\((?<uri>[^)\s]*)\)$");

    public string Path { get; }
    public string? Title { get; private set; }
    public int TitleLine { get; private set; }
    public string? Synopsis { get; private set; }
    public int SynopsisLine { get; private set; }
    public IReadOnlyList<string> Description { get; private set; } = [];
    public int DescriptionLine { get; private set; }
    public List<ParameterDoc> Parameters { get; } = [];
    public List<ExampleDoc> Examples { get; } = [];
    public List<TypeDoc> Inputs { get; } = [];
    public List<TypeDoc> Outputs { get; } = [];
    public IReadOnlyList<string> Notes { get; private set; } = [];
    public List<LinkDoc> Links { get; } = [];

    /// <summary>Sections present, by name, with their heading line.</summary>
    public Dictionary<string, int> Sections { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<Problem> Problems { get; } = [];

    private HelpMarkdown(string path) => Path = path;

    public static HelpMarkdown Load(string path) => Parse(path, File.ReadAllLines(path), HelpValidator.MinimumExamples);

    /// <summary>A page made from other text (an entity page's section): <paramref name="path"/> is where it came from.</summary>
    public static HelpMarkdown Parse(string path, string[] lines, int minimumExamples)
    {
        var doc = new HelpMarkdown(path) { MinimumExamples = minimumExamples };
        doc.Parse(lines);
        return doc;
    }

    /// <summary>Two for a cmdlet's own page; one for a generated cmdlet's section of an entity page.</summary>
    public int MinimumExamples { get; private init; }

    private sealed class Block(int line, int level, string text)
    {
        public int Line { get; } = line;
        public int Level { get; } = level;
        public string Text { get; } = text;
        public List<(int Line, string Text)> Body { get; } = [];
        public List<Block> Children { get; } = [];
    }

    private void Parse(string[] lines)
    {
        // Headings outside code fences split the file into a tree: # title > ## sections > ### items.
        var root = new Block(0, 0, "");
        var stack = new Stack<Block>();
        stack.Push(root);
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var lineNo = i + 1;
            foreach (Match placeholder in Placeholder.Matches(line))
                Problems.Add(new(Path, lineNo, $"unfinished: replace '{placeholder.Value}' with what it asks for.", "NXH014"));
            var fenceMatch = Fence.Match(line);
            if (fence == null && fenceMatch.Success) fence = fenceMatch.Groups[1].Value;
            else if (fence != null && fenceMatch.Success && fenceMatch.Groups[2].Value.Length == 0 &&
                     fenceMatch.Groups[1].Value.StartsWith(fence, StringComparison.Ordinal)) fence = null;
            else if (fence == null && Heading.Match(line) is { Success: true } h)
            {
                var level = h.Groups[1].Value.Length;
                if (level > 3)
                {
                    Problems.Add(new(Path, lineNo, "headings deeper than ### have no meaning in this format; use plain text."));
                    continue;
                }
                while (stack.Peek().Level >= level) stack.Pop();
                if (stack.Peek().Level != level - 1)
                    Problems.Add(new(Path, lineNo, $"'{line.Trim()}' is a level-{level} heading outside a level-{level - 1} one."));
                var block = new Block(lineNo, level, h.Groups[2].Value.Trim());
                stack.Peek().Children.Add(block);
                stack.Push(block);
                continue;
            }
            stack.Peek().Body.Add((lineNo, line));
        }
        if (fence != null) Problems.Add(new(Path, lines.Length, "a code fence is never closed."));

        if (root.Body.Any(l => l.Text.Trim().Length > 0))
            Problems.Add(new(Path, root.Body.First(l => l.Text.Trim().Length > 0).Line, "text before the '# Verb-Noun' title."));
        if (root.Children.Count != 1)
        {
            Problems.Add(new(Path, 1, "the file must have exactly one '# Verb-Noun' title."));
            if (root.Children.Count == 0) return;
        }
        var title = root.Children[0];
        Title = title.Text;
        TitleLine = title.Line;
        if (title.Body.Any(l => l.Text.Trim().Length > 0))
            Problems.Add(new(Path, title.Body.First(l => l.Text.Trim().Length > 0).Line, "text between the title and '## Synopsis'; put it under a section."));

        foreach (var section in title.Children)
        {
            var name = KnownSections.FirstOrDefault(s => s.Equals(section.Text, StringComparison.OrdinalIgnoreCase));
            if (name == null)
            {
                Problems.Add(new(Path, section.Line, $"unknown section '## {section.Text}'; the sections are: {string.Join(", ", KnownSections)}."));
                continue;
            }
            if (!Sections.TryAdd(name, section.Line))
            {
                Problems.Add(new(Path, section.Line, $"section '## {name}' appears twice."));
                continue;
            }
            switch (name)
            {
                case "Synopsis":
                    NoChildren(section);
                    var synopsis = Paragraphs(section.Body);
                    Synopsis = string.Join(" ", synopsis);
                    SynopsisLine = section.Line;
                    break;
                case "Description":
                    NoChildren(section);
                    Description = Paragraphs(section.Body);
                    DescriptionLine = section.Line;
                    break;
                case "Notes":
                    NoChildren(section);
                    Notes = Paragraphs(section.Body);
                    break;
                case "Parameters":
                    NoLooseText(section, "each parameter goes under its own '### -Name' heading");
                    foreach (var item in section.Children) ReadParameter(item);
                    break;
                case "Examples":
                    NoLooseText(section, "each example goes under its own '### Title' heading");
                    foreach (var item in section.Children) ReadExample(item);
                    break;
                case "Inputs":
                case "Outputs":
                    NoLooseText(section, "each type goes under its own '### TypeName' heading (### None when there is none)");
                    var list = name == "Inputs" ? Inputs : Outputs;
                    foreach (var item in section.Children)
                        list.Add(new TypeDoc(item.Line, item.Text, Paragraphs(item.Body)) { File = Path });
                    break;
                case "Related Links":
                    NoChildren(section);
                    ReadLinks(section);
                    break;
            }
        }
    }

    private void NoChildren(Block section)
    {
        foreach (var child in section.Children)
            Problems.Add(new(Path, child.Line, $"'## {section.Text}' takes no '###' headings."));
    }

    private void NoLooseText(Block section, string rule)
    {
        var loose = section.Body.FirstOrDefault(l => l.Text.Trim().Length > 0);
        if (loose.Text != null) Problems.Add(new(Path, loose.Line, $"text directly under '## {section.Text}': {rule}."));
    }

    private void ReadParameter(Block item)
    {
        var m = ParameterHeading.Match(item.Text);
        if (!m.Success)
        {
            Problems.Add(new(Path, item.Line, $"'### {item.Text}' is not a parameter heading: write '### -Name', or '### -Name (wildcards)'."));
            return;
        }
        Parameters.Add(new ParameterDoc(item.Line, m.Groups["name"].Value, m.Groups["flag"].Success, Paragraphs(item.Body)) { File = Path });
    }

    private void ReadExample(Block item)
    {
        var body = item.Body;
        var i = 0;
        while (i < body.Count && body[i].Text.Trim().Length == 0) i++;
        if (i == body.Count || !Fence.IsMatch(body[i].Text))
        {
            Problems.Add(new(Path, item.Line, $"example '{item.Text}' must start with its code fence (```powershell), then the remarks."));
            return;
        }
        var open = Fence.Match(body[i].Text).Groups[1].Value;
        var code = new List<string>();
        for (i++; i < body.Count; i++)
        {
            var close = Fence.Match(body[i].Text);
            if (close.Success && close.Groups[2].Value.Length == 0 && close.Groups[1].Value.StartsWith(open, StringComparison.Ordinal)) break;
            code.Add(body[i].Text);
        }
        var rest = body.Skip(i + 1).ToList();
        if (rest.Any(l => Fence.IsMatch(l.Text)))
            Problems.Add(new(Path, rest.First(l => Fence.IsMatch(l.Text)).Line, $"example '{item.Text}' has more than one code fence: make it one block, or two examples."));
        Examples.Add(new ExampleDoc(item.Line, item.Text, string.Join("\n", code).Trim('\n', '\r'), Paragraphs(rest)) { File = Path });
    }

    private void ReadLinks(Block section)
    {
        foreach (var (line, raw) in section.Body)
        {
            var text = raw.Trim();
            if (text.Length == 0) continue;
            if (!ListItem.IsMatch(text))
            {
                Problems.Add(new(Path, line, "'## Related Links' holds a list: '- Get-Thing' or '- [Text](https://...)'."));
                continue;
            }
            text = ListItem.Replace(text, "").Trim();
            var link = MarkdownLink.Match(text);
            Links.Add((link.Success ? new LinkDoc(line, link.Groups["text"].Value, link.Groups["uri"].Value) : new LinkDoc(line, text, null)) with { File = Path });
        }
    }

    /// <summary>
    /// Blank lines separate paragraphs; the lines of one paragraph are joined with spaces. Each list item ('- ',
    /// '* ', '1. ') is a paragraph of its own, marker kept. A code fence becomes one paragraph, lines kept, indented.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(IEnumerable<(int Line, string Text)> body)
    {
        var result = new List<string>();
        var current = new List<string>();
        List<string>? code = null;
        string? fence = null;

        void Flush()
        {
            if (current.Count > 0) result.Add(string.Join(" ", current));
            current.Clear();
        }

        foreach (var (_, raw) in body)
        {
            var fenceMatch = Fence.Match(raw);
            if (code != null)
            {
                if (fenceMatch.Success && fenceMatch.Groups[2].Value.Length == 0 && fenceMatch.Groups[1].Value.StartsWith(fence!, StringComparison.Ordinal))
                {
                    result.Add(string.Join("\n", code.Select(c => "    " + c)));
                    code = null;
                }
                else code.Add(raw.TrimEnd());
                continue;
            }
            if (fenceMatch.Success)
            {
                Flush();
                code = [];
                fence = fenceMatch.Groups[1].Value;
                continue;
            }
            var text = raw.Trim();
            if (text.Length == 0)
            {
                Flush();
                continue;
            }
            if (ListItem.IsMatch(raw)) Flush();
            current.Add(text);
        }
        Flush();
        if (code != null) result.Add(string.Join("\n", code.Select(c => "    " + c)));
        return result;
    }
}
