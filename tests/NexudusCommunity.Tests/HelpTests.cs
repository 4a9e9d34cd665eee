#nullable enable
using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>One runspace with the built module imported, shared by the help tests (they only read help).</summary>
public sealed class HelpSession : IDisposable
{
    public PsSession Ps { get; } = new();

    public void Dispose() => Ps.Dispose();
}

/// <summary>
/// The help users get from Get-Help, in the hosted engine, for every cmdlet the manifest exports: generated at build
/// time from docs/help by src/NexudusCommunity.HelpGenerator (see docs/help/README.md). Also checks that the
/// generator refuses help that drifted from the code.
/// </summary>
public class HelpTests(HelpSession session) : IClassFixture<HelpSession>, IDisposable
{
    private static readonly string ModuleFolder = Path.GetDirectoryName(RepoPaths.ModuleManifest)!;

    /// <summary>Get-Help's view of one cmdlet, flattened to plain values by the engine itself.</summary>
    private const string ReadHelp = """
        param($name)
        $h = Get-Help $name -Full
        [pscustomobject]@{
            TypeNames   = @($h.PSObject.TypeNames)
            Synopsis    = [string]$h.Synopsis
            Description = (@($h.description | Where-Object { $_ }) | ForEach-Object { [string]$_.Text }) -join "`n"
            Parameters  = @($h.parameters.parameter | Where-Object { $_ } | ForEach-Object {
                [pscustomobject]@{
                    Name          = [string]$_.name
                    Required      = [string]$_.required
                    Position      = [string]$_.position
                    PipelineInput = [string]$_.pipelineInput
                    Description   = (@($_.description | Where-Object { $_ }) | ForEach-Object { [string]$_.Text }) -join "`n"
                }
            })
            Examples    = @($h.examples.example | Where-Object { $_ } | ForEach-Object {
                [pscustomobject]@{ Title = [string]$_.title; Code = [string]$_.code }
            })
            SyntaxItems = @($h.syntax.syntaxItem | Where-Object { $_ }).Count
            Inputs      = @($h.inputTypes.inputType | Where-Object { $_ } | ForEach-Object { [string]$_.type.name })
            Outputs     = @($h.returnValues.returnValue | Where-Object { $_ } | ForEach-Object { [string]$_.type.name })
        }
        """;

    public static TheoryData<string> ExportedCmdlets()
    {
        var data = new TheoryData<string>();
        foreach (var name in ManifestCmdlets()) data.Add(name);
        return data;
    }

    /// <summary>CmdletsToExport, read from the manifest as data.</summary>
    private static List<string> ManifestCmdlets()
    {
        var ast = Parser.ParseFile(Path.Combine(RepoPaths.Root, "NexudusCommunity.psd1"), out _, out var errors);
        Assert.Empty(errors);
        var table = (HashtableAst)ast.Find(a => a is HashtableAst, false)!;
        var entry = table.KeyValuePairs.Single(kv => kv.Item1 is StringConstantExpressionAst { Value: "CmdletsToExport" });
        var value = ((CommandExpressionAst)((PipelineAst)entry.Item2).PipelineElements[0]).Expression.SafeGetValue();
        return ((IEnumerable)value).Cast<object>().Select(o => o.ToString()!).OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void The_module_folder_holds_the_generated_help_and_the_about_topic()
    {
        var maml = Path.Combine(ModuleFolder, "NexudusCommunity.dll-Help.xml");
        Assert.True(File.Exists(maml), $"{maml} is missing: the build should generate it (src/NexudusCommunity/Help.targets).");
        Assert.Contains("<helpItems schema=\"maml\"", File.ReadAllText(maml));
        var about = Path.Combine(ModuleFolder, "about_NexudusCommunity.help.txt");
        Assert.True(File.Exists(about), $"{about} is missing.");
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "help", "about_NexudusCommunity.help.txt")), File.ReadAllText(about));
    }

    [Fact]
    public void The_theory_covers_exactly_what_the_module_exports()
    {
        var exported = session.Ps.Run("(Get-Module NexudusCommunity).ExportedCmdlets.Keys");
        exported.AssertNoErrors();
        Assert.Equal(ManifestCmdlets(), exported.Output.Select(o => o.ToString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExportedCmdlets))]
    public void Every_exported_cmdlet_has_complete_help(string name)
    {
        var help = ReadHelpOf(name);
        var command = (CmdletInfo)Single(session.Ps.Run("Get-Command -Name $args[0] -CommandType Cmdlet", name)).BaseObject;

        // Written help, not the engine's stand-in (which repeats the syntax as its synopsis and has no description).
        Assert.Contains("MamlCommandHelpInfo", Strings(help, "TypeNames"));
        var synopsis = Text(help, "Synopsis");
        Assert.False(string.IsNullOrWhiteSpace(synopsis), $"{name}: no synopsis.");
        Assert.False(IsAutoGeneratedSynopsis(name, synopsis), $"{name}: the synopsis is the auto-generated syntax: {synopsis}");
        Assert.False(string.IsNullOrWhiteSpace(Text(help, "Description")), $"{name}: no description.");

        // Every parameter a user can type (not PowerShell's common ones, not hidden ones) is described, and the
        // metadata Get-Help shows matches what the engine binds.
        var visible = command.Parameters.Values
            .Where(p => !Cmdlet.CommonParameters.Contains(p.Name))
            .Where(p => p.Attributes.OfType<ParameterAttribute>().Any(a => !a.DontShow))
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var described = Objects(help, "Parameters").ToDictionary(p => Text(p, "Name"), StringComparer.OrdinalIgnoreCase);
        Assert.True(visible.Keys.Order().SequenceEqual(described.Keys.Order(), StringComparer.OrdinalIgnoreCase),
            $"{name}: Get-Command has [{string.Join(", ", visible.Keys.Order())}], Get-Help describes [{string.Join(", ", described.Keys.Order())}].");
        foreach (var (parameterName, metadata) in visible)
        {
            var p = described[parameterName];
            Assert.False(string.IsNullOrWhiteSpace(Text(p, "Description")), $"{name} -{parameterName}: no description.");
            var sets = metadata.ParameterSets.Values.ToList();
            if (sets.Select(s => s.IsMandatory).Distinct().Count() == 1)
                Assert.Equal(sets[0].IsMandatory ? "true" : "false", Text(p, "Required"));
            if (sets.Select(s => s.Position).Distinct().Count() == 1)
                Assert.Equal(sets[0].Position == int.MinValue ? "named" : sets[0].Position.ToString(), Text(p, "Position"));
            var pipeline = Text(p, "PipelineInput");
            Assert.Equal(sets.Any(s => s.ValueFromPipeline), pipeline.Contains("ByValue"));
            Assert.Equal(sets.Any(s => s.ValueFromPipelineByPropertyName), pipeline.Contains("ByPropertyName"));
        }
        Assert.Equal(command.ParameterSets.Count, (int)help.Properties["SyntaxItems"].Value);

        // At least two examples, each real PowerShell.
        var examples = Objects(help, "Examples").ToList();
        Assert.True(examples.Count >= 2, $"{name}: {examples.Count} example(s); at least two are required.");
        foreach (var example in examples)
        {
            var code = Text(example, "Code");
            Assert.False(string.IsNullOrWhiteSpace(code), $"{name} {Text(example, "Title")}: no code.");
            Parser.ParseInput(code, out _, out var errors);
            Assert.True(errors.Length == 0, $"{name} {Text(example, "Title")} does not parse: " +
                                            string.Join("; ", errors.Select(e => $"line {e.Extent.StartLineNumber}: {e.Message}")));
        }

        Assert.NotEmpty(Strings(help, "Inputs"));
        Assert.NotEmpty(Strings(help, "Outputs"));
        foreach (var output in command.OutputType.Where(t => t.Type != null && t.Type != typeof(void)))
            Assert.Contains(output.Type.FullName, Strings(help, "Outputs"));
    }

    /// <summary>The checks above would catch help that is missing: the engine's stand-in fails them.</summary>
    [Fact]
    public void The_checks_recognise_the_engines_stand_in_help()
    {
        var help = ReadHelpOf("ForEach-Object"); // ships without help in the hosted engine
        Assert.DoesNotContain("MamlCommandHelpInfo", Strings(help, "TypeNames"));
        Assert.True(IsAutoGeneratedSynopsis("ForEach-Object", Text(help, "Synopsis")));
        Assert.True(string.IsNullOrWhiteSpace(Text(help, "Description")));
    }

    [Fact]
    public void Get_Help_finds_the_about_topic()
    {
        // The hosted engine finds about topics in the folders of imported modules, so this asks Get-Help itself.
        var result = session.Ps.Run("Get-Help about_NexudusCommunity");
        result.AssertNoErrors();
        var text = string.Join("\n", result.Output.Select(o => o?.ToString()));
        Assert.Contains("about_NexudusCommunity", text);
        foreach (var topic in new[] { "CONNECTING", "SECRETMANAGEMENT", "Azure Automation", "PAGING", "THROTTLING", "RETRIES", "SANDBOX", "Connect-Nexudus -SecretName" })
            Assert.Contains(topic, text);
    }

    // ---- The generator refuses help that no longer matches the code -------------------------------------------

    [Fact]
    public void The_generator_accepts_the_repository_docs()
    {
        var run = RunGenerator(CopyOfDocs());
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.True(run.WroteHelp, run.Output);
        Assert.True(run.WroteAbout, run.Output);
    }

    [Fact]
    public void The_generator_fails_when_a_cmdlet_has_no_markdown()
    {
        var docs = CopyOfDocs();
        File.Delete(Path.Combine(docs, "Get-VideoRoom.md"));
        var run = RunGenerator(docs);
        AssertFailed(run, "NXH001", "Get-VideoRoom");
        Assert.False(run.WroteHelp, "no help may be written when it is incomplete");
    }

    [Fact]
    public void The_generator_fails_when_a_parameter_has_no_description()
    {
        var docs = CopyOfDocs();
        EditDoc(docs, "Remove-VideoRoom", text => RemoveSection(text, "### -Id"));
        AssertFailed(RunGenerator(docs), "NXH002", "-Id of Remove-VideoRoom");
    }

    [Fact]
    public void The_generator_fails_when_a_parameter_description_is_empty()
    {
        var docs = CopyOfDocs();
        EditDoc(docs, "Remove-VideoRoom", text => ReplaceSectionBody(text, "### -Id", "\n"));
        AssertFailed(RunGenerator(docs), "NXH002", "-Id");
    }

    [Fact]
    public void The_generator_fails_when_a_described_parameter_no_longer_exists()
    {
        var docs = CopyOfDocs();
        EditDoc(docs, "Get-VideoRoom", text => text.Replace("## Parameters\n", "## Parameters\n\n### -Colour\nThe room's colour.\n\n"));
        AssertFailed(RunGenerator(docs), "NXH003", "-Colour");
    }

    [Fact]
    public void The_generator_fails_when_a_cmdlet_has_fewer_than_two_examples()
    {
        var docs = CopyOfDocs();
        EditDoc(docs, "Disconnect-Nexudus", text =>
        {
            var examples = text.IndexOf("## Examples\n", StringComparison.Ordinal);
            var second = text.IndexOf("\n### ", text.IndexOf("\n### ", examples, StringComparison.Ordinal) + 1, StringComparison.Ordinal);
            var next = text.IndexOf("\n## ", second, StringComparison.Ordinal);
            return text[..second] + "\n" + text[next..];
        });
        AssertFailed(RunGenerator(docs), "NXH004", "Disconnect-Nexudus");
    }

    [Fact]
    public void The_generator_fails_when_an_example_uses_a_parameter_that_does_not_exist()
    {
        var docs = CopyOfDocs();
        EditDoc(docs, "Get-VideoRoom", text => text.Replace("Get-VideoRoom -Active $true", "Get-VideoRoom -Enabled $true"));
        AssertFailed(RunGenerator(docs), "NXH008", "-Enabled");
    }

    // ---- Shared parameter help: docs/help/_shared/<Class>.md, written once ----------------------------------------

    /// <summary>The one shared -Connection paragraph reaches every cmdlet that has -Connection and says nothing of its own.</summary>
    [Fact]
    public void The_shared_Connection_help_reaches_every_cmdlet_that_does_not_describe_it_itself()
    {
        var shared = SectionText(File.ReadAllText(Path.Combine(DocsFolder, "_shared", "ConnectedCmdlet.md")), "### -Connection");
        var reached = 0;
        foreach (var name in ManifestCmdlets())
        {
            var connection = Objects(ReadHelpOf(name), "Parameters").FirstOrDefault(p => Text(p, "Name") == "Connection");
            if (connection == null) continue;
            var page = File.ReadAllText(Path.Combine(DocsFolder, name + ".md")).Replace("\r\n", "\n");
            var expected = page.Contains("\n### -Connection\n") ? SectionText(page, "### -Connection") : shared;
            Assert.Equal(expected, Normalise(Text(connection, "Description")));
            if (expected == shared) reached++;
        }
        Assert.True(reached >= 10, $"the shared -Connection text reached {reached} cmdlets");
        // Written once: no page repeats it (the generator refuses a word-for-word copy, NXH013).
        var copies = Directory.GetFiles(DocsFolder, "*.md", SearchOption.AllDirectories)
            .Count(f => Normalise(File.ReadAllText(f)).Contains(shared));
        Assert.Equal(1, copies);
    }

    [Fact]
    public void The_shared_page_of_the_nearest_base_class_wins()
    {
        var ofRemove = Objects(ReadHelpOf("Remove-VideoRoom"), "Parameters").Single(p => Text(p, "Name") == "Confirm");
        var ofNew = Objects(ReadHelpOf("New-VideoRoom"), "Parameters").Single(p => Text(p, "Name") == "Confirm");

        Assert.Equal(SectionText(File.ReadAllText(Path.Combine(DocsFolder, "_shared", "RemoveRecordCmdlet.md")), "### -Confirm"), Normalise(Text(ofRemove, "Description")));
        Assert.Equal(SectionText(File.ReadAllText(Path.Combine(DocsFolder, "_shared", "ConnectedCmdlet.md")), "### -Confirm"), Normalise(Text(ofNew, "Description")));
    }

    [Fact]
    public void A_cmdlets_own_section_overrides_the_shared_one_for_that_cmdlet_only()
    {
        var docs = CopyOfDocs();
        EditDoc(docs, "Remove-VideoRoom", text => text.Replace("## Parameters\n", "## Parameters\n\n### -Connection\nOnly Remove-VideoRoom says this.\n\n"));

        var run = RunGenerator(docs);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("Only Remove-VideoRoom says this.", MamlParameterText(run, "Remove-VideoRoom", "Connection"));
        Assert.Equal(SectionText(File.ReadAllText(Path.Combine(docs, "_shared", "ConnectedCmdlet.md")), "### -Connection"), MamlParameterText(run, "Remove-CommunityGroup", "Connection"));
    }

    [Fact]
    public void The_generator_fails_when_a_shared_description_is_removed()
    {
        var docs = CopyOfDocs();
        EditShared(docs, "RemoveRecordCmdlet", text => RemoveSection(text, "### -Force"));
        var run = RunGenerator(docs);
        AssertFailed(run, "NXH002", "-Force of Remove-VideoRoom");
        Assert.Contains("-Force of Remove-CommunityGroup", run.Output);
    }

    [Fact]
    public void The_generator_fails_when_a_page_repeats_a_shared_description_word_for_word()
    {
        var docs = CopyOfDocs();
        var shared = File.ReadAllText(Path.Combine(docs, "_shared", "ConnectedCmdlet.md")).Replace("\r\n", "\n");
        var connection = shared[shared.IndexOf("### -Connection\n", StringComparison.Ordinal)..shared.IndexOf("### -WhatIf", StringComparison.Ordinal)];
        EditDoc(docs, "Get-VideoRoom", text => text.Replace("## Parameters\n", "## Parameters\n\n" + connection));
        AssertFailed(RunGenerator(docs), "NXH013", "-Connection repeats");
    }

    [Fact]
    public void The_generator_fails_when_a_shared_page_names_no_base_class_of_any_cmdlet()
    {
        var docs = CopyOfDocs();
        File.WriteAllText(Path.Combine(docs, "_shared", "RecordCmdlet.md"), "# RecordCmdlet\n\n## Parameters\n\n### -Connection\nText.\n");
        AssertFailed(RunGenerator(docs), "NXH013", "'RecordCmdlet'");
    }

    [Fact]
    public void The_generator_fails_when_a_shared_section_describes_a_parameter_no_derived_cmdlet_has()
    {
        var docs = CopyOfDocs();
        EditShared(docs, "SetRecordCmdlet", text => text + "\n### -Colour\nThe record's colour.\n");
        AssertFailed(RunGenerator(docs), "NXH003", "-Colour");
    }

    // ---- The scaffold: a new cmdlet's page, to fill in ----------------------------------------------------------

    [Fact]
    public void The_scaffold_writes_a_page_that_fails_the_build_until_every_placeholder_is_filled_in()
    {
        var docs = CopyOfDocs();
        var page = Path.Combine(docs, "Remove-VideoRoom.md");
        File.Delete(page);

        // The missing page's error gives the command that writes one.
        var missing = RunGenerator(docs);
        AssertFailed(missing, "NXH001", "--scaffold Remove-VideoRoom");

        var scaffold = RunGeneratorWith("--scaffold", "Remove-VideoRoom", "--assembly", ModuleAssembly, "--docs", docs);
        Assert.True(scaffold.ExitCode == 0, scaffold.Output);
        var text = File.ReadAllText(page);
        // What the code knows is there: the parameters no shared page describes, the pipeline types, no output.
        Assert.Contains("\n### -Id\n", text);
        foreach (var shared in new[] { "Connection", "Force", "WhatIf", "Confirm" })
            Assert.DoesNotContain($"### -{shared}\n", text);
        Assert.Contains("## Inputs\n\n### System.Management.Automation.PSObject\n", text);
        Assert.Contains("## Outputs\n\n### None\n", text);
        Assert.Contains("- Get-VideoRoom\n", text);

        // Unfinished, it fails the build, one error per placeholder, and no help is written.
        var unfinished = RunGenerator(docs);
        AssertFailed(unfinished, "NXH014", "Remove-VideoRoom.md");
        Assert.False(unfinished.WroteHelp);
        Assert.Equal(Regex.Matches(text, @"\{\{TODO").Count, Regex.Matches(unfinished.Output, "error NXH014").Count);

        // Filled in (example code included), it passes: the placeholders were the only gaps.
        var filled = Regex.Replace(text, @"Remove-VideoRoom \{\{TODO[^}]*\}\}", "Remove-VideoRoom -Id 42 -WhatIf");
        filled = Regex.Replace(filled, @"\{\{TODO[^}]*\}\}", "Written by the author.");
        File.WriteAllText(page, filled);
        var finished = RunGenerator(docs);
        Assert.True(finished.ExitCode == 0, finished.Output);
        Assert.True(finished.WroteHelp);
    }

    [Fact]
    public void The_scaffold_never_overwrites_a_page()
    {
        var docs = CopyOfDocs();
        var page = Path.Combine(docs, "Remove-VideoRoom.md");
        var before = File.ReadAllText(page);

        var run = RunGeneratorWith("--scaffold", "Remove-VideoRoom", "--assembly", ModuleAssembly, "--docs", docs);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("exists already", run.Output);
        Assert.Equal(before, File.ReadAllText(page));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private PSObject ReadHelpOf(string name) => Single(session.Ps.Run(ReadHelp, name));

    private static PSObject Single(PsResult result)
    {
        result.AssertNoErrors();
        return Assert.Single(result.Output);
    }

    private static bool IsAutoGeneratedSynopsis(string name, string synopsis) =>
        synopsis.TrimStart().StartsWith(name, StringComparison.OrdinalIgnoreCase) || synopsis.Contains("<CommonParameters>");

    private static string Text(PSObject o, string property) => o.Properties[property]?.Value?.ToString() ?? "";

    private static IEnumerable<PSObject> Objects(PSObject o, string property) =>
        (o.Properties[property]?.Value as IEnumerable)?.Cast<object>().Select(PSObject.AsPSObject) ?? [];

    private static List<string> Strings(PSObject o, string property) =>
        (o.Properties[property]?.Value as IEnumerable)?.Cast<object>().Select(x => x?.ToString() ?? "").ToList() ?? [];

    private sealed record GeneratorRun(int ExitCode, string Output, bool WroteHelp, bool WroteAbout, XDocument? Maml);

    private static string DocsFolder => Path.Combine(RepoPaths.Root, "docs", "help");

    private static string ModuleAssembly => Path.Combine(ModuleFolder, "NexudusCommunity.dll");

    private readonly List<string> _temporaryFolders = [];

    public void Dispose()
    {
        foreach (var dir in _temporaryFolders)
        {
            try
            {
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // a temp folder left behind is harmless
            }
        }
    }

    private string TemporaryFolder(string prefix)
    {
        var dir = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        _temporaryFolders.Add(dir);
        return dir;
    }

    /// <summary>docs/help, shared pages included, in a folder of this test's own.</summary>
    private string CopyOfDocs()
    {
        var dir = TemporaryFolder("nexudus-help-");
        foreach (var file in Directory.GetFiles(DocsFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, Path.GetRelativePath(DocsFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return dir;
    }

    private static void EditDoc(string docs, string cmdlet, Func<string, string> edit) => EditFile(Path.Combine(docs, cmdlet + ".md"), edit);

    private static void EditShared(string docs, string className, Func<string, string> edit) => EditFile(Path.Combine(docs, "_shared", className + ".md"), edit);

    private static void EditFile(string path, Func<string, string> edit)
    {
        var before = File.ReadAllText(path).Replace("\r\n", "\n");
        var after = edit(before);
        Assert.NotEqual(before, after); // the edit must really change the doc, or the test proves nothing
        File.WriteAllText(path, after);
    }

    /// <summary>Removes a '### ' section: its heading and everything up to the next heading.</summary>
    private static string RemoveSection(string text, string heading)
    {
        var m = Regex.Match(text, "^" + Regex.Escape(heading) + @"[^\n]*\n(?:(?!#{2,3} )[^\n]*\n)*", RegexOptions.Multiline);
        Assert.True(m.Success, $"no '{heading}' section");
        return text.Remove(m.Index, m.Length);
    }

    private static string ReplaceSectionBody(string text, string heading, string body)
    {
        var m = Regex.Match(text, "^(" + Regex.Escape(heading) + @"[^\n]*\n)(?:(?!#{2,3} )[^\n]*\n)*", RegexOptions.Multiline);
        Assert.True(m.Success, $"no '{heading}' section");
        return text.Remove(m.Index, m.Length).Insert(m.Index, m.Groups[1].Value + body);
    }

    /// <summary>The text of a '### ' section of a markdown page, its lines joined as Get-Help shows one paragraph.</summary>
    private static string SectionText(string markdown, string heading)
    {
        var m = Regex.Match(markdown.Replace("\r\n", "\n"), "^" + Regex.Escape(heading) + @"\n((?:(?!#{1,3} )[^\n]*\n?)*)", RegexOptions.Multiline);
        Assert.True(m.Success, $"no '{heading}' section");
        return Normalise(m.Groups[1].Value);
    }

    private static string Normalise(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static string MamlParameterText(GeneratorRun run, string cmdlet, string parameter)
    {
        Assert.NotNull(run.Maml);
        XNamespace command = "http://schemas.microsoft.com/maml/dev/command/2004/10", maml = "http://schemas.microsoft.com/maml/2004/10";
        var entry = run.Maml!.Descendants(command + "command").Single(c => c.Element(command + "details")!.Element(command + "name")!.Value == cmdlet);
        var p = entry.Element(command + "parameters")!.Elements(command + "parameter").Single(e => e.Element(maml + "name")!.Value == parameter);
        return Normalise(string.Join(" ", p.Element(maml + "description")!.Elements(maml + "para").Select(e => e.Value)));
    }

    private static void AssertFailed(GeneratorRun run, string code, string mention)
    {
        Assert.True(run.ExitCode != 0, "the generator should have failed:\n" + run.Output);
        Assert.Contains("error " + code + ":", run.Output);
        Assert.Contains(mention, run.Output);
    }

    /// <summary>Runs the generator the build runs, on the built module, writing to a temporary folder.</summary>
    private GeneratorRun RunGenerator(string docs)
    {
        var outDir = TemporaryFolder("nexudus-help-out-");
        var run = RunGeneratorWith("--assembly", ModuleAssembly, "--manifest", RepoPaths.ModuleManifest, "--docs", docs, "--out", outDir);
        var maml = Path.Combine(outDir, "NexudusCommunity.dll-Help.xml");
        return run with
        {
            WroteHelp = File.Exists(maml),
            WroteAbout = File.Exists(Path.Combine(outDir, "about_NexudusCommunity.help.txt")),
            Maml = File.Exists(maml) ? XDocument.Load(maml) : null,
        };
    }

    private static GeneratorRun RunGeneratorWith(params string[] arguments)
    {
        var generator = DotnetProcess.Run(arguments.Prepend(GeneratorAssembly()), TimeSpan.FromMinutes(2));
        return new GeneratorRun(generator.ExitCode, generator.Output + generator.Error, false, false, null);
    }

    /// <summary>The generator built with the same configuration as these tests (bin/&lt;Configuration&gt;/net10.0).</summary>
    private static string GeneratorAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
        var bin = Path.Combine(RepoPaths.Root, "src", "NexudusCommunity.HelpGenerator", "bin");
        var preferred = Path.Combine(bin, configuration, "net10.0", "NexudusCommunity.HelpGenerator.dll");
        if (File.Exists(preferred)) return preferred;
        var any = Directory.Exists(bin)
            ? Directory.GetFiles(bin, "NexudusCommunity.HelpGenerator.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        return any ?? throw new Xunit.Sdk.XunitException($"The help generator is not built ({preferred}): build the module first.");
    }
}
