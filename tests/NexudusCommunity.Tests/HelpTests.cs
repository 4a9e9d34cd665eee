#nullable enable
using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Text.RegularExpressions;
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
public class HelpTests(HelpSession session) : IClassFixture<HelpSession>
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
        EditDoc(docs, "Remove-VideoRoom", text => RemoveSection(text, "### -Force"));
        AssertFailed(RunGenerator(docs), "NXH002", "-Force");
    }

    [Fact]
    public void The_generator_fails_when_a_parameter_description_is_empty()
    {
        var docs = CopyOfDocs();
        EditDoc(docs, "Remove-VideoRoom", text => ReplaceSectionBody(text, "### -Connection", "\n"));
        AssertFailed(RunGenerator(docs), "NXH002", "-Connection");
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

    private sealed record GeneratorRun(int ExitCode, string Output, bool WroteHelp, bool WroteAbout);

    private static string CopyOfDocs()
    {
        var dir = Path.Combine(Path.GetTempPath(), "nexudus-help-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs", "help")))
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        return dir;
    }

    private static void EditDoc(string docs, string cmdlet, Func<string, string> edit)
    {
        var path = Path.Combine(docs, cmdlet + ".md");
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

    private static void AssertFailed(GeneratorRun run, string code, string mention)
    {
        Assert.True(run.ExitCode != 0, "the generator should have failed:\n" + run.Output);
        Assert.Contains("error " + code + ":", run.Output);
        Assert.Contains(mention, run.Output);
    }

    /// <summary>Runs the generator the build runs, on the built module, writing to a temporary folder.</summary>
    private static GeneratorRun RunGenerator(string docs)
    {
        var outDir = Path.Combine(Path.GetTempPath(), "nexudus-help-out-" + Guid.NewGuid().ToString("N"));
        var generator = DotnetProcess.Run(
            [
                GeneratorAssembly(),
                "--assembly", Path.Combine(ModuleFolder, "NexudusCommunity.dll"),
                "--manifest", RepoPaths.ModuleManifest,
                "--docs", docs,
                "--out", outDir,
            ], TimeSpan.FromMinutes(2));
        var run = new GeneratorRun(generator.ExitCode, generator.Output + generator.Error,
            File.Exists(Path.Combine(outDir, "NexudusCommunity.dll-Help.xml")),
            File.Exists(Path.Combine(outDir, "about_NexudusCommunity.help.txt")));
        foreach (var dir in new[] { docs, outDir })
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
        return run;
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
