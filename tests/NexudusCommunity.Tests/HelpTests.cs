#nullable enable
using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NexudusCommunity.Models;
using NexudusCommunity.Models.Spec;
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
                    Wildcards     = [string]$_.globbing
                    Description   = (@($_.description | Where-Object { $_ }) | ForEach-Object { [string]$_.Text }) -join "`n"
                }
            })
            Examples    = @($h.examples.example | Where-Object { $_ } | ForEach-Object {
                [pscustomobject]@{ Title = [string]$_.title; Code = [string]$_.code }
            })
            SyntaxItems = @($h.syntax.syntaxItem | Where-Object { $_ }).Count
            Inputs      = @($h.inputTypes.inputType | Where-Object { $_ } | ForEach-Object { [string]$_.type.name })
            Outputs     = @($h.returnValues.returnValue | Where-Object { $_ } | ForEach-Object { [string]$_.type.name })
            InputText   = @($h.inputTypes.inputType | Where-Object { $_ } | ForEach-Object { (@($_.description | Where-Object { $_ }) | ForEach-Object { [string]$_.Text }) -join "`n" })
            Links       = @($h.relatedLinks.navigationLink | Where-Object { $_ } | ForEach-Object { [string]$_.linkText })
        }
        """;

    public static TheoryData<string> ExportedCmdlets()
    {
        var data = new TheoryData<string>();
        foreach (var name in ManifestCmdlets()) data.Add(name);
        return data;
    }

    /// <summary>CmdletsToExport, read from the built manifest (which the build completes with the generated cmdlets) as data.</summary>
    private static List<string> ManifestCmdlets(string? manifest = null)
    {
        var ast = Parser.ParseFile(manifest ?? RepoPaths.ModuleManifest, out _, out var errors);
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

        // Real PowerShell examples: at least two on a cmdlet's own page, at least one in an entity's page
        // (docs/help/entities/, which shows the entity's cmdlets together).
        var examples = Objects(help, "Examples").ToList();
        var least = File.Exists(Path.Combine(RepoPaths.Root, "docs", "help", name + ".md")) ? 2 : 1;
        Assert.True(examples.Count >= least, $"{name}: {examples.Count} example(s); at least {least} are required.");
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
        File.Delete(Path.Combine(docs, "Get-NexudusEnum.md"));
        var run = RunGenerator(docs);
        AssertFailed(run, "NXH001", "Get-NexudusEnum");
        Assert.False(run.WroteHelp, "no help may be written when it is incomplete");

        // A generated cmdlet without its section of the entity page: the error says where the section goes.
        docs = CopyOfDocs();
        CutEntitySection(docs, "VideoRoom", "Get-VideoRoom");
        run = RunGenerator(docs);
        AssertFailed(run, "NXH001", "add a '## Get-VideoRoom' section");
        Assert.Contains("entities/VideoRoom.md", run.Output.Replace('\\', '/'));
        Assert.False(run.WroteHelp, "no help may be written when it is incomplete");
    }

    [Fact]
    public void The_generator_fails_when_a_parameter_has_no_description()
    {
        var docs = CopyOfDocs();
        EditDoc(docs, "Add-CommunityGroupMember", text => RemoveSection(text, "### -Group"));
        AssertFailed(RunGenerator(docs), "NXH002", "-Group of Add-CommunityGroupMember");
    }

    [Fact]
    public void The_generator_fails_when_a_parameter_description_is_empty()
    {
        var docs = CopyOfDocs();
        EditDoc(docs, "Add-CommunityGroupMember", text => ReplaceSectionBody(text, "### -Group", "\n"));
        AssertFailed(RunGenerator(docs), "NXH002", "-Group");
    }

    [Fact]
    public void The_generator_fails_when_a_described_parameter_no_longer_exists()
    {
        var docs = CopyOfDocs();
        EditDoc(docs, "Get-NexudusEnum", text => AddParameterSection(text, "### -Colour\nThe enum's colour.\n"));
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
    public void The_built_manifest_exports_every_cmdlet_of_the_module_though_the_repositorys_lists_only_the_hand_written_ones()
    {
        // Generated cmdlets appear with their model: the generator adds them to the manifest it writes, by name (no wildcard).
        var repository = ManifestCmdlets(Path.Combine(RepoPaths.Root, "NexudusCommunity.psd1"));
        Assert.DoesNotContain("Get-NexudusCoworker", repository);
        var outDir = TemporaryFolder("nexudus-help-out-");
        var run = RunGeneratorWith("--assembly", ModuleAssembly, "--manifest", Path.Combine(RepoPaths.Root, "NexudusCommunity.psd1"), "--docs", CopyOfDocs(), "--out", outDir);
        Assert.True(run.ExitCode == 0, run.Output);
        var cmdlets = typeof(NexudusCommunity.Cmdlets.Base.NexudusCmdlet).Assembly.GetTypes()
            .Select(t => t.GetCustomAttributes(typeof(System.Management.Automation.CmdletAttribute), false).Cast<System.Management.Automation.CmdletAttribute>().FirstOrDefault())
            .OfType<System.Management.Automation.CmdletAttribute>().Select(a => a.VerbName + "-" + a.NounName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(cmdlets, ManifestCmdlets(Path.Combine(outDir, "NexudusCommunity.psd1")));
        Assert.Subset(cmdlets.ToHashSet(), repository.ToHashSet());
    }

    [Fact]
    public void The_generator_fails_when_the_manifest_exports_a_cmdlet_the_module_does_not_have()
    {
        var manifest = Path.Combine(Directory.CreateDirectory(TemporaryFolder("nexudus-manifest-")).FullName, "NexudusCommunity.psd1");
        File.WriteAllText(manifest, File.ReadAllText(Path.Combine(RepoPaths.Root, "NexudusCommunity.psd1")).Replace("'Connect-Nexudus'", "'Connect-Nexudus'\n        'Get-NexudusWidget'"));
        var run = RunGeneratorWith("--assembly", ModuleAssembly, "--manifest", manifest, "--docs", CopyOfDocs(), "--out", TemporaryFolder("nexudus-help-out-"));
        AssertFailed(run, "NXH011", "CmdletsToExport names Get-NexudusWidget, but NexudusCommunity.dll has no such cmdlet");
    }

    [Fact]
    public void An_entity_page_gives_its_generated_cmdlets_synopsis_description_and_examples()
    {
        var run = RunGenerator(CopyOfDocs());
        Assert.True(run.ExitCode == 0, run.Output);
        var command = run.Maml!.Descendants().First(e => e.Name.LocalName == "command" &&
            e.Descendants().Any(n => n.Name.LocalName == "name" && n.Value == "Get-NexudusCoworker"));
        var text = command.Value;
        Assert.Contains("Gets coworkers (the space's customers", text);
        Assert.Contains("Coworkers are read only", text);
        Assert.Contains("Get-NexudusCoworker -Email 'ada.lovelace@example.com'", text);
        // Parameters are described from the model's Field Help.
        Assert.Contains("The coworker's email address.", text);
    }

    [Fact]
    public void Entities_that_name_their_view_columns_get_a_table_view_of_80_columns_unless_one_is_written_by_hand()
    {
        var outDir = TemporaryFolder("nexudus-views-");
        var run = RunGeneratorWith("--assembly", ModuleAssembly, "--manifest", RepoPaths.ModuleManifest, "--docs", CopyOfDocs(), "--out", outDir);
        Assert.True(run.ExitCode == 0, run.Output);
        var views = XDocument.Load(Path.Combine(outDir, "NexudusCommunity.Entities.Format.ps1xml")).Descendants("View").ToList();
        XElement View(string model) => Assert.Single(views, v => v.Descendants("TypeName").Single().Value == "NexudusCommunity.Models." + model);
        string[] Labels(string model) => View(model).Descendants("Label").Select(l => l.Value).ToArray();
        string Width(string model, string label) => View(model).Descendants("TableColumnHeader").Single(h => h.Element("Label")!.Value == label).Element("Width")!.Value;

        Assert.Equal(["Id", "Name", "Active", "Currency", "TimeZone"], Labels("Business"));
        Assert.Equal("8", Width("Business", "Currency"));
        // A column's own header ("InvoicingBusinessId as Business"); a date as wide as its time (to the minute here).
        Assert.Equal(["Id", "FullName", "Email", "Active", "Business"], Labels("Coworker"));
        Assert.Equal(["Id", "Thread", "UserId", "CreatedOn", "Message"], Labels("CommunityMessage"));
        Assert.Contains("ToString('yyyy-MM-dd HH:mm')", View("CommunityMessage").Value);
        Assert.Contains("ToString('yyyy-MM-dd')", View("HelpDeskMessage").Value);
        foreach (var view in views)
        {
            var widths = view.Descendants("TableColumnHeader").Select(h => int.Parse(h.Element("Width")!.Value)).ToList();
            Assert.True(widths.Sum() + widths.Count - 1 <= 80, view.ToString());
            Assert.Equal("10", view.Descendants("TableColumnHeader").First(h => h.Element("Label")!.Value == "Id").Element("Width")!.Value);
        }

        // A hand-written view of the type, in the module's own format file beside it, wins.
        var beside = TemporaryFolder("nexudus-views-");
        Directory.CreateDirectory(beside);
        File.WriteAllText(Path.Combine(beside, "NexudusCommunity.Format.ps1xml"),
            "<Configuration><ViewDefinitions><View><Name>Business</Name><ViewSelectedBy><TypeName>NexudusCommunity.Models.Business</TypeName></ViewSelectedBy>" +
            "<ListControl><ListEntries><ListEntry><ListItems><ListItem><PropertyName>Name</PropertyName></ListItem></ListItems></ListEntry></ListEntries></ListControl></View></ViewDefinitions></Configuration>");
        run = RunGeneratorWith("--assembly", ModuleAssembly, "--manifest", RepoPaths.ModuleManifest, "--docs", CopyOfDocs(), "--out", beside);
        Assert.True(run.ExitCode == 0, run.Output);
        var generated = XDocument.Load(Path.Combine(beside, "NexudusCommunity.Entities.Format.ps1xml")).Descendants("TypeName").Select(t => t.Value).ToList();
        Assert.DoesNotContain("NexudusCommunity.Models.Business", generated);
        Assert.Contains("NexudusCommunity.Models.Coworker", generated);
    }

    [Fact]
    public void An_entity_page_needs_one_example_per_cmdlet_and_no_second_page_for_it()
    {
        var docs = CopyOfDocs();
        var page = Path.Combine(docs, "entities", "Coworker.md");
        var text = File.ReadAllText(page);
        File.WriteAllText(page, text[..text.IndexOf("\n### ", StringComparison.Ordinal)] + "\n");
        AssertFailed(RunGenerator(docs), "NXH004", "Get-NexudusCoworker has 0 example(s); at least 1 are required");

        docs = CopyOfDocs();
        File.Copy(Path.Combine(DocsFolder, "Get-NexudusEnum.md"), Path.Combine(docs, "Get-NexudusCoworker.md"));
        AssertFailed(RunGenerator(docs), "NXH010", "Get-NexudusCoworker is described twice");
    }

    [Fact]
    public void The_generator_fails_when_an_example_uses_a_parameter_that_does_not_exist()
    {
        var docs = CopyOfDocs();
        EditFile(Path.Combine(docs, "entities", "VideoRoom.md"), text => text.Replace("Get-VideoRoom -Active $true", "Get-VideoRoom -Enabled $true"));
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
            // A generated cmdlet described by its entity page (docs/help/entities) has no page of its own.
            var file = Path.Combine(DocsFolder, name + ".md");
            var page = File.Exists(file) ? File.ReadAllText(file).Replace("\r\n", "\n") : "";
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
    public void The_generator_fails_when_a_parameter_has_no_description_from_any_source()
    {
        var docs = CopyOfDocs();
        EditShared(docs, "RemoveRecordCmdlet", text => RemoveSection(text, "### -Id"));
        var run = RunGenerator(docs);
        AssertFailed(run, "NXH002", "-Id of Remove-VideoRoom");
        Assert.Contains("-Id of Remove-CommunityThread", run.Output);
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
        EditDoc(docs, "Get-NexudusEnum", text => AddParameterSection(text, "### -Connection\nOnly Get-NexudusEnum says this.\n"));

        var run = RunGenerator(docs);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("Only Get-NexudusEnum says this.", MamlParameterText(run, "Get-NexudusEnum", "Connection"));
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
        EditDoc(docs, "Get-NexudusEnum", text => AddParameterSection(text, connection));
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
        EditShared(docs, "SetRecordCmdlet", text => text.Replace("## Parameters\n", "## Parameters\n\n### -Colour\nThe record's colour.\n"));
        AssertFailed(RunGenerator(docs), "NXH003", "-Colour");
    }

    // ---- Field help: each field described once, in the model ---------------------------------------------------

    /// <summary>One [Field(Help = ...)] describes the field's parameter on Get- (as a filter), New- and Set-, phrased for each.</summary>
    [Fact]
    public void A_fields_help_describes_every_parameter_that_sets_or_filters_it_phrased_for_the_verb()
    {
        var thread = EntitySpec.Of<CommunityThread>();
        string Help(string field) => Assert.IsType<string>(thread.Field(field).Help);

        var filter = ParameterHelp("Get-CommunityThread", "Subject");
        Assert.Equal($"{Help("Subject")} Lists only the community threads with Subject like this: the same text in any case, or a wildcard pattern. Tab completes community thread subjects.",
            Normalise(Text(filter, "Description")));
        Assert.Equal("true", Text(filter, "Wildcards"));
        Assert.Equal($"{Help("Subject")} Not blank; spaces at either end are dropped.", Description("New-CommunityThread", "Subject"));
        Assert.Equal($"{Help("Subject")} Not blank; spaces at either end are dropped.", Description("Set-CommunityThread", "Subject"));

        Assert.Equal($"{Help("Private")} $true lists only the community threads for which it is true, $false only the others.", Description("Get-CommunityThread", "Private"));
        Assert.Equal($"{Help("UserId")} Lists only the community threads with this UserId.", Description("Get-CommunityThread", "UserId"));
        Assert.Equal("Lists only the community threads with LastMessageDate on or after this date and time.", Description("Get-CommunityThread", "LastMessageAfter"));
        Assert.Equal($"{Help("Tags")} $null or '' clears it.", Description("Set-CommunityThread", "Tags"));
        Assert.Equal($"{Help("Guests")} Adds these to Guests and keeps the others.", Description("Set-CommunityThread", "AddGuest"));
        Assert.Equal($"{Help("UserId")} When omitted, the UserId of the community group given with -CommunityGroup.", Description("New-CommunityThread", "UserId"));
        Assert.Equal($"{Help("CommunityGroupId")} Takes the community group's Id, its name (exact, any case) or the community group itself. $null clears it. Tab completes community group names.",
            Description("Set-CommunityThread", "CommunityGroup"));
        var room = EntitySpec.Of<VideoRoom>();
        Assert.Equal($"{room.Field("Name").Help} Not blank, at most 200 characters; spaces at either end are dropped.", Description("New-VideoRoom", "Name"));
        Assert.Equal($"{room.Field("NumberOfParticipants").Help} At least 1.", Description("Set-VideoRoom", "NumberOfParticipants"));
        Assert.Equal($"{room.Field("NewImageUrl").Help}", Description("Set-VideoRoom", "NewImageUrl"));
        // Written once: no page says it again.
        var pages = Directory.GetFiles(DocsFolder, "*.md", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "README.md");
        Assert.DoesNotContain(Help("Subject"), string.Join("\n", pages.Select(File.ReadAllText)));
    }

    [Fact]
    public void A_pages_own_section_wins_over_the_fields_help_for_that_cmdlet_only()
    {
        // The entity pages describe no parameter: a generated cmdlet's page of its own may, for what is particular to it.
        Assert.StartsWith(EntitySpec.Of<CommunityGroup>().Field("UserId").Help, Description("New-CommunityGroup", "UserId"));

        var docs = CopyOfDocs();
        OwnPage(docs, "CommunityThread", "New-CommunityThread");
        EditDoc(docs, "New-CommunityThread", text => AddParameterSection(text, "### -Subject\nOnly New-CommunityThread says this.\n"));
        var run = RunGenerator(docs);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("Only New-CommunityThread says this.", MamlParameterText(run, "New-CommunityThread", "Subject"));
        Assert.StartsWith(EntitySpec.Of<CommunityThread>().Field("Subject").Help, MamlParameterText(run, "Set-CommunityThread", "Subject"));
    }

    [Fact]
    public void The_generator_fails_when_a_page_repeats_a_fields_help_word_for_word()
    {
        var docs = CopyOfDocs();
        var tags = EntitySpec.Of<CommunityThread>().Field("Tags").Help;
        OwnPage(docs, "CommunityThread", "New-CommunityThread");
        EditDoc(docs, "New-CommunityThread", text => AddParameterSection(text, $"### -Tags\n{tags}\n"));
        AssertFailed(RunGenerator(docs), "NXH013", "-Tags repeats");
    }

    /// <summary>
    /// A new entity, compiled here: the model's help describes its parameters with no page section, a field without
    /// help fails the build naming where the help goes, and the shared pages speak of it by its name.
    /// </summary>
    [Fact]
    public void A_new_entitys_parameters_are_described_by_its_model_and_a_field_without_help_fails_the_build()
    {
        var folder = TemporaryFolder("nexudus-help-widget-");
        var assembly = CompileWidgetModule(folder);
        var docs = Path.Combine(folder, "docs");
        Directory.CreateDirectory(Path.Combine(docs, "_shared"));
        foreach (var shared in new[] { "ConnectedCmdlet", "NewRecordCmdlet" })
            File.Copy(Path.Combine(DocsFolder, "_shared", shared + ".md"), Path.Combine(docs, "_shared", shared + ".md"));
        File.WriteAllText(Path.Combine(docs, "about_Widgets.help.txt"), "TOPIC\n    about_Widgets\n\nSHORT DESCRIPTION\n    Widgets.\n\nLONG DESCRIPTION\n    Widgets.\n");
        var manifest = Path.Combine(folder, "Widgets.psd1");
        File.WriteAllText(manifest, "@{\n    ModuleVersion = '1.0'\n    CmdletsToExport = @('New-Widget')\n}\n");
        GeneratorRun Generate()
        {
            var outDir = Path.Combine(folder, "out");
            var run = RunGeneratorWith("--assembly", assembly, "--manifest", manifest, "--docs", docs, "--out", outDir);
            var maml = Path.Combine(outDir, "Widgets.dll-Help.xml");
            return run with { Maml = File.Exists(maml) ? XDocument.Load(maml) : null };
        }

        // The scaffold starts the entity's page with a section for New-Widget, and names the parameter nothing describes:
        // -Name, whose field has no help, saying where that help goes.
        var scaffold = RunGeneratorWith("--scaffold", "New-Widget", "--assembly", assembly, "--docs", docs);
        Assert.True(scaffold.ExitCode == 0, scaffold.Output);
        var page = Path.Combine(docs, "entities", "Widget.md");
        var text = File.ReadAllText(page);
        Assert.StartsWith("# Widget\n", text);
        Assert.Contains("\n## New-Widget\n", text);
        Assert.DoesNotContain("### -", text);
        Assert.Contains("-Name of New-Widget has no description yet: help: under Name in Widget's description", scaffold.Output);
        Assert.DoesNotContain("-Colour", scaffold.Output);

        // Filled in, the build still fails on -Name, naming where its help goes; -Colour, described by the model, is no problem.
        var filled = Regex.Replace(text, @"New-Widget \{\{Fill in[^}]*\}\}", "New-Widget -Name 'Blue' -Colour 'blue'");
        filled = Regex.Replace(filled, @"\{\{Fill in[^}]*\}\}", "Written by the author.");
        File.WriteAllText(page, filled);
        var missing = Generate();
        AssertFailed(missing, "NXH002", "-Name of New-Widget");
        Assert.Contains("help: under Name in Widget's description (Widget.entity)", missing.Output);
        Assert.DoesNotContain("-Colour", missing.Output);

        // A page of its own may describe -Name for New-Widget alone (the field's help would serve every cmdlet).
        OwnPage(docs, "Widget", "New-Widget");
        File.Delete(page);
        EditDoc(docs, "New-Widget", t => AddParameterSection(t, "### -Name\nWritten by the author.\n") +
                                         "\n### A red one\n```powershell\nNew-Widget -Name 'Red' -Colour 'red'\n```\nMakes a red widget.\n");
        var finished = Generate();
        Assert.True(finished.ExitCode == 0, finished.Output);
        Assert.Equal("The widget's colour.", MamlParameterText(finished, "New-Widget", "Colour"));
        Assert.Equal("Written by the author.", MamlParameterText(finished, "New-Widget", "Name"));
        Assert.StartsWith("New-Widget creates one widget per call", MamlDescription(finished, "New-Widget"));
    }

    // ---- Shared pages speak of each cmdlet's entity -------------------------------------------------------------

    [Fact]
    public void Shared_text_names_the_entity_of_each_cmdlet_it_reaches()
    {
        var shared = File.ReadAllText(Path.Combine(DocsFolder, "_shared", "RemoveRecordCmdlet.md"));
        var id = SectionText(shared, "### -Id");
        Assert.Contains("{entities}", id);
        Assert.Equal(id.Replace("{entities}", "video rooms"), Description("Remove-VideoRoom", "Id"));
        Assert.Equal(id.Replace("{entities}", "community threads"), Description("Remove-CommunityThread", "Id"));

        var input = SectionText(File.ReadAllText(Path.Combine(DocsFolder, "_shared", "SetRecordCmdlet.md")), "### -InputObject");
        Assert.Contains("{GetCmdlet}", input);
        Assert.Contains("Community groups from Get-CommunityGroup", Description("Set-CommunityGroup", "InputObject"));
        Assert.StartsWith("The Ids of the businesses to get in full", Description("Get-NexudusBusiness", "Id"));
        Assert.Contains("Id, CreatedOn, UpdatedOn, BusinessId, Name", Description("Get-VideoRoom", "SortBy"));
    }

    [Fact]
    public void The_generator_fails_when_a_shared_page_uses_a_placeholder_it_cannot_fill_in()
    {
        var docs = CopyOfDocs();
        EditShared(docs, "RemoveRecordCmdlet", text => text.Replace("The Ids of the {entities} to delete.", "The Ids of the {colours} to delete."));
        AssertFailed(RunGenerator(docs), "NXH013", "{colours} is not a placeholder");

        docs = CopyOfDocs();
        EditShared(docs, "ConnectedCmdlet", text => text.Replace("The connection to use,", "The connection the {entities} are read through,"));
        AssertFailed(RunGenerator(docs), "NXH013", "{entities} reaches Invoke-NexudusRestMethod, which is about no entity");
    }

    [Fact]
    public void The_shared_description_comes_first_then_what_the_page_says_of_its_cmdlet()
    {
        var description = Normalise(Text(ReadHelpOf("Get-CommunityThread"), "Description"));
        // What the page says of it: the entity's paragraph, before the cmdlets' sections.
        var page = File.ReadAllText(Path.Combine(DocsFolder, "entities", "CommunityThread.md")).Replace("\r\n", "\n");
        var own = Normalise(Regex.Match(page, @"^# CommunityThread\n(.*?)\n## ", RegexOptions.Singleline).Groups[1].Value);
        Assert.StartsWith("With -Id, Get-CommunityThread gets each community thread in full.", description);
        Assert.EndsWith(own, description);

        var docs = CopyOfDocs();
        var shared = File.ReadAllText(Path.Combine(docs, "_shared", "GetRecordCmdlet.md")).Replace("\r\n", "\n");
        var first = Regex.Match(shared, @"## Description\n(.*?)\n\n", RegexOptions.Singleline).Groups[1].Value
            .Replace("{Cmdlet}", "Get-CommunityThread").Replace("{entity}", "community thread").Replace("{entities}", "community threads");
        EditFile(Path.Combine(docs, "entities", "CommunityThread.md"), text => text.Replace("# CommunityThread\n", "# CommunityThread\n" + first + "\n\n"));
        AssertFailed(RunGenerator(docs), "NXH013", "the description repeats, word for word");
    }

    // ---- Inputs, outputs and related links: from the code -------------------------------------------------------

    [Fact]
    public void Inputs_outputs_and_links_a_page_leaves_out_come_from_the_code()
    {
        var get = ReadHelpOf("Get-CommunityThread");
        Assert.Equal(new[] { "NexudusCommunity.Models.CommunityGroup", "System.Int64[]", "System.Management.Automation.PSObject" }, Strings(get, "Inputs"));
        Assert.Equal("Bound to -Id.", Strings(get, "InputText")[1]);
        Assert.Equal(new[] { "NexudusCommunity.Models.CommunityThread" }, Strings(get, "Outputs"));
        Assert.Equal(new[] { "Online Version:", "New-CommunityThread", "Set-CommunityThread", "Remove-CommunityThread", "about_NexudusCommunity" }, Strings(get, "Links"));

        var remove = ReadHelpOf("Remove-CommunityThread");
        Assert.Equal(new[] { "NexudusCommunity.Models.CommunityThread", "System.Management.Automation.PSObject" }, Strings(remove, "Inputs"));
        Assert.Equal(new[] { "None" }, Strings(remove, "Outputs"));

        // A page's own text for a type still wins.
        var own = File.ReadAllText(Path.Combine(DocsFolder, "Get-NexudusEnum.md"));
        var enumHelp = ReadHelpOf("Get-NexudusEnum");
        Assert.Equal(SectionText(own, "### System.String[]"), Normalise(Strings(enumHelp, "InputText")[Strings(enumHelp, "Inputs").IndexOf("System.String[]")]));
    }

    [Fact]
    public void The_generator_fails_when_a_page_lists_an_input_or_output_the_code_does_not_declare()
    {
        var docs = CopyOfDocs();
        EditDoc(docs, "Get-NexudusEnum", text => text.Replace("### System.String[]\n", "### System.Uri\n"));
        AssertFailed(RunGenerator(docs), "NXH009", "Get-NexudusEnum takes no System.Uri from the pipeline");

        docs = CopyOfDocs();
        EditDoc(docs, "Disconnect-Nexudus", text => text + "\n## Outputs\n\n### NexudusCommunity.Models.VideoRoom\nThe room.\n");
        AssertFailed(RunGenerator(docs), "NXH009", "Disconnect-Nexudus declares no [OutputType]");
    }

    // ---- The scaffold: a new cmdlet's page, to fill in ----------------------------------------------------------

    [Fact]
    public void The_scaffold_adds_a_generated_cmdlets_section_to_its_entity_page_which_fails_the_build_until_filled_in()
    {
        var docs = CopyOfDocs();
        var page = Path.Combine(docs, "entities", "VideoRoom.md");
        CutEntitySection(docs, "VideoRoom", "Remove-VideoRoom");
        var before = File.ReadAllText(page).TrimEnd('\n');

        // The missing section's error gives the command that writes one.
        var missing = RunGenerator(docs);
        AssertFailed(missing, "NXH001", "--scaffold Remove-VideoRoom");

        var scaffold = RunGeneratorWith("--scaffold", "Remove-VideoRoom", "--assembly", ModuleAssembly, "--docs", docs);
        Assert.True(scaffold.ExitCode == 0, scaffold.Output);
        Assert.False(File.Exists(Path.Combine(docs, "Remove-VideoRoom.md")));
        var text = File.ReadAllText(page);
        Assert.StartsWith(before, text); // what the page held is kept as it was
        var added = text[before.Length..];
        // A synopsis and one example: its parameters, description, inputs, outputs and links are known already.
        Assert.Equal(new[] { "Remove-VideoRoom" }, Regex.Matches(added, @"^## (.*)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value));
        Assert.Single(Regex.Matches(added, @"^### ", RegexOptions.Multiline));

        // Unfinished, it fails the build, one error per placeholder, and no help is written.
        var unfinished = RunGenerator(docs);
        AssertFailed(unfinished, "NXH014", "VideoRoom.md");
        Assert.False(unfinished.WroteHelp);
        Assert.Equal(Regex.Matches(added, @"\{\{Fill in").Count, Regex.Matches(unfinished.Output, "error NXH014").Count);

        // Filled in (example code included), it passes: the placeholders were the only gaps.
        var filled = Regex.Replace(text, @"Remove-VideoRoom \{\{Fill in[^}]*\}\}", "Remove-VideoRoom -Id 42 -WhatIf");
        filled = Regex.Replace(filled, @"\{\{Fill in[^}]*\}\}", "Written by the author.");
        File.WriteAllText(page, filled);
        var finished = RunGenerator(docs);
        Assert.True(finished.ExitCode == 0, finished.Output);
        Assert.True(finished.WroteHelp);

        // Once every generated cmdlet of the entity has its section, the scaffold leaves the page alone.
        var again = RunGeneratorWith("--scaffold", "Remove-VideoRoom", "--assembly", ModuleAssembly, "--docs", docs);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already has a section", again.Output);
        Assert.Equal(filled, File.ReadAllText(page));
    }

    [Fact]
    public void The_scaffold_of_a_hand_written_cmdlet_writes_its_own_page()
    {
        var docs = CopyOfDocs();

        // A cmdlet no shared page describes gets a description and its own parameters to write.
        File.Delete(Path.Combine(docs, "Get-NexudusEnum.md"));
        Assert.True(RunGeneratorWith("--scaffold", "Get-NexudusEnum", "--assembly", ModuleAssembly, "--docs", docs).ExitCode == 0);
        var enumPage = File.ReadAllText(Path.Combine(docs, "Get-NexudusEnum.md"));
        Assert.Contains("\n## Description\n", enumPage);
        Assert.Contains("\n### -Name\n", enumPage);
        Assert.DoesNotContain("### -Connection", enumPage);
        Assert.Equal(2, Regex.Matches(enumPage, @"^```powershell$", RegexOptions.Multiline).Count);

        // Unfinished, it fails the build; filled in, it passes.
        AssertFailed(RunGenerator(docs), "NXH014", "Get-NexudusEnum.md");
        var filled = Regex.Replace(enumPage, @"Get-NexudusEnum \{\{Fill in[^}]*\}\}", "Get-NexudusEnum -Name eCoworkerRecordType");
        File.WriteAllText(Path.Combine(docs, "Get-NexudusEnum.md"), Regex.Replace(filled, @"\{\{Fill in[^}]*\}\}", "Written by the author."));
        var finished = RunGenerator(docs);
        Assert.True(finished.ExitCode == 0, finished.Output);
    }

    [Fact]
    public void The_scaffold_never_overwrites_a_page()
    {
        var docs = CopyOfDocs();
        var page = Path.Combine(docs, "Get-NexudusEnum.md");
        var before = File.ReadAllText(page);

        var run = RunGeneratorWith("--scaffold", "Get-NexudusEnum", "--assembly", ModuleAssembly, "--docs", docs);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("exists already", run.Output);
        Assert.Equal(before, File.ReadAllText(page));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private PSObject ReadHelpOf(string name) => Single(session.Ps.Run(ReadHelp, name));

    private PSObject ParameterHelp(string cmdlet, string parameter) =>
        Objects(ReadHelpOf(cmdlet), "Parameters").Single(p => Text(p, "Name") == parameter);

    /// <summary>A parameter's description as Get-Help shows it, spacing normalised.</summary>
    private string Description(string cmdlet, string parameter) => Normalise(Text(ParameterHelp(cmdlet, parameter), "Description"));

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

    /// <summary>Takes a cmdlet's '## Verb-Noun' section out of its entity page (docs/help/entities) and returns it.</summary>
    private static string CutEntitySection(string docs, string entity, string cmdlet)
    {
        var path = Path.Combine(docs, "entities", entity + ".md");
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var m = Regex.Match(text, "^## " + Regex.Escape(cmdlet) + @"\n(?:(?!## )[^\n]*\n?)*", RegexOptions.Multiline);
        Assert.True(m.Success, $"{entity}.md has no '## {cmdlet}' section");
        File.WriteAllText(path, text.Remove(m.Index, m.Length));
        return m.Value[m.Value.IndexOf('\n')..];
    }

    /// <summary>Moves a generated cmdlet's section of its entity page to a page of its own, in the cmdlet page format.</summary>
    private static void OwnPage(string docs, string entity, string cmdlet)
    {
        var section = CutEntitySection(docs, entity, cmdlet).Trim('\n');
        var firstExample = section.IndexOf("\n### ", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(docs, cmdlet + ".md"),
            $"# {cmdlet}\n\n## Synopsis\n{section[..firstExample].Trim()}\n\n## Examples\n{section[firstExample..]}\n");
    }

    private static void EditShared(string docs, string className, Func<string, string> edit) => EditFile(Path.Combine(docs, "_shared", className + ".md"), edit);

    private static void EditFile(string path, Func<string, string> edit)
    {
        var before = File.ReadAllText(path).Replace("\r\n", "\n");
        var after = edit(before);
        Assert.NotEqual(before, after); // the edit must really change the doc, or the test proves nothing
        File.WriteAllText(path, after);
    }

    /// <summary>Adds a '### -Name' section to a page, under its '## Parameters' (which it adds when the page has none).</summary>
    private static string AddParameterSection(string page, string section) =>
        page.Contains("## Parameters\n")
            ? page.Replace("## Parameters\n", "## Parameters\n\n" + section + "\n")
            : page.Replace("## Examples\n", "## Parameters\n\n" + section + "\n## Examples\n");

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

    private static string MamlDescription(GeneratorRun run, string cmdlet)
    {
        Assert.NotNull(run.Maml);
        XNamespace command = "http://schemas.microsoft.com/maml/dev/command/2004/10", maml = "http://schemas.microsoft.com/maml/2004/10";
        var entry = run.Maml!.Descendants(command + "command").Single(c => c.Element(command + "details")!.Element(command + "name")!.Value == cmdlet);
        return Normalise(string.Join(" ", entry.Element(maml + "description")!.Elements(maml + "para").Select(e => e.Value)));
    }

    /// <summary>
    /// A module of one entity, Widget, and New-Widget, compiled (by the pinned pwsh's Add-Type) against the built module
    /// into <paramref name="folder"/> beside copies of the module's assemblies: Widget.Name has no help, Widget.Colour has.
    /// </summary>
    private static string CompileWidgetModule(string folder)
    {
        Directory.CreateDirectory(folder);
        File.Copy(ModuleAssembly, Path.Combine(folder, "NexudusCommunity.dll"));
        var dependencies = Path.Combine(ModuleFolder, "Dependencies");
        Directory.CreateDirectory(Path.Combine(folder, "Dependencies"));
        foreach (var file in Directory.GetFiles(dependencies)) File.Copy(file, Path.Combine(folder, "Dependencies", Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(folder, "Widget.cs"), """
            using System.Management.Automation;
            using NexudusCommunity.Cmdlets.Base;
            using NexudusCommunity.Models;
            using NexudusCommunity.Models.Spec;

            namespace Widgets
            {
                [Entity("Widget", "api/widgets", NameField = nameof(Name))]
                public sealed class Widget : NexudusRecord
                {
                    [Field(FieldFlags.Writable | FieldFlags.Required, Filter = "Name")]
                    public string Name { get; set; }

                    [Field(FieldFlags.Writable, Filter = "Colour", Help = "The widget's colour.")]
                    public string Colour { get; set; }
                }

                [Cmdlet(VerbsCommon.New, "Widget", SupportsShouldProcess = true)]
                [OutputType(typeof(Widget))]
                public sealed class NewWidgetCommand : NewRecordCmdlet<Widget>
                {
                    [Parameter(Mandatory = true)]
                    public string Name { get; set; }

                    [Parameter]
                    public string Colour { get; set; }
                }
            }
            """);
        File.WriteAllText(Path.Combine(folder, "Compile.ps1"), """
            param($Folder)
            $module = Join-Path $Folder 'NexudusCommunity.dll'
            $models = Join-Path $Folder 'Dependencies/NexudusCommunity.Models.dll'
            $engine = Join-Path $Folder 'Dependencies/NexudusCommunity.Engine.dll'
            Add-Type -Path (Join-Path $Folder 'Widget.cs') -OutputAssembly (Join-Path $Folder 'Widgets.dll') -OutputType Library -IgnoreWarnings -WarningAction SilentlyContinue `
                -ReferencedAssemblies $module, $models, $engine, 'System.Management.Automation', 'netstandard', 'System.Runtime'
            """);
        var compile = DotnetProcess.Run(["pwsh", "-NoProfile", "-NonInteractive", "-File", Path.Combine(folder, "Compile.ps1"), "-Folder", folder],
            TimeSpan.FromMinutes(2), RepoPaths.Root);
        var assembly = Path.Combine(folder, "Widgets.dll");
        Assert.True(compile.ExitCode == 0 && File.Exists(assembly), $"compiling the widget module failed (is the pinned pwsh restored? dotnet tool restore):\n{compile.Output}\n{compile.Error}");
        return assembly;
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
