extern alias generators;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using generators::NexudusCommunity.Generators;
using NexudusCommunity.Models;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>
/// The model generator run as the build runs it, over descriptions a newcomer might write: what a good one becomes, and
/// the build error each kind of slip gives (file, line, and what was meant).
/// </summary>
public class DescriptionGeneratorTests
{
    private const string Widget = """
        entity: Widget
        summary: A thing the tests make.
        path: api/test/widgets
        base: BusinessRecord
        noun: NexudusWidget
        nameField: Title
        view: Title, Id

        writeOnly:
          NewImageUrl: Uri
            help: An image the server fetches.
            omit: Set

        fields:
          Title: string
            flags: Writable, Required, Sortable
            filter: Title
            help: The widget's title, which is long enough
              to be wrapped onto a second line.
          Size: int?
            flags: Writable
            minimum: 1
            help: How big it is.
          Kind: WidgetKind?
            flags: Writable
            help: What kind it is.
          OwnerName: string
        """;

    private const string WidgetKind = """
        enum: WidgetKind
        summary: Kinds of widget.
        apiName: eWidgetKind
        values:
          Round: 1
          Square: 2
            doc: Four corners.
        """;

    [Fact]
    public void A_description_becomes_a_model_with_its_attributes_constructors_and_ToString()
    {
        var run = Run(("Widget.entity", Widget), ("WidgetKind.enum", WidgetKind));

        Assert.Empty(run.Problems);
        var widget = run.Compilation.GetTypeByMetadataName("NexudusCommunity.Models.Widget")!;
        Assert.Equal("BusinessRecord", widget.BaseType!.Name);
        var entity = widget.GetAttributes().Single(a => a.AttributeClass!.Name == "EntityAttribute");
        Assert.Equal(new object[] { "Widget", "api/test/widgets" }, entity.ConstructorArguments.Select(a => a.Value));
        Assert.Equal("NexudusWidget", Named(entity, "Noun"));
        Assert.Equal("Title", Named(entity, "NameField"));
        var writeOnly = widget.GetAttributes().Single(a => a.AttributeClass!.Name == "WriteOnlyFieldAttribute");
        Assert.Equal("NewImageUrl", writeOnly.ConstructorArguments[0].Value);
        Assert.Equal(4, Named(writeOnly, "Omit")); // EntityVerbs.Set

        var title = Field(widget, "Title");
        Assert.Equal(1 | 2 | 4, title.ConstructorArguments[0].Value); // Writable | Required | Sortable
        Assert.Equal("The widget's title, which is long enough to be wrapped onto a second line.", Named(title, "Help"));
        Assert.Equal(1, Named(Field(widget, "Size"), "Minimum"));
        Assert.Equal("NexudusCommunity.Models.WidgetKind?", widget.GetMembers("Kind").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.Empty(widget.GetMembers("OwnerName").Single().GetAttributes());

        Assert.Contains(widget.InstanceConstructors, c => c.Parameters.Length == 1 && c.Parameters[0].Type.SpecialType == SpecialType.System_Int64);
        Assert.Contains(widget.InstanceConstructors, c => c.Parameters.Length == 1 && c.Parameters[0].Type.SpecialType == SpecialType.System_String);
        Assert.Single(widget.GetMembers("ToString"));

        var kind = run.Compilation.GetTypeByMetadataName("NexudusCommunity.Models.WidgetKind")!;
        Assert.Equal("eWidgetKind", kind.GetAttributes().Single().ConstructorArguments[0].Value);
        Assert.Equal(2, kind.GetMembers("Square").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.Contains("Four corners.", kind.GetMembers("Square").Single().GetDocumentationCommentXml());
    }

    [Fact]
    public void The_descriptions_docs_adding_an_entity_shows_are_valid()
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "adding-an-entity.md")).Replace("\r\n", "\n");
        var blocks = Regex.Matches(page, "```yaml\n(.*?)```", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, blocks.Count);

        // Renamed, so that they do not meet the models' own CalendarEvent and RepeatCycle.
        var run = Run(("DocEvent.entity", blocks[0].Replace("entity: CalendarEvent", "entity: DocEvent")),
                      ("DocCycle.enum", blocks[1].Replace("enum: RepeatCycle", "enum: DocCycle")));

        Assert.Empty(run.Problems);
        var model = run.Compilation.GetTypeByMetadataName("NexudusCommunity.Models.DocEvent")!;
        Assert.Equal(new[] { "Name", "StartDate", "HostName" }, model.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name));
        Assert.NotNull(run.Compilation.GetTypeByMetadataName("NexudusCommunity.Models.DocCycle"));
    }

    [Theory]
    [InlineData("    filter: Title", "    filtr: Title", 17, "'filtr' is not a setting of a field; the settings are: addParameter, alias, filter")]
    [InlineData("    flags: Writable, Required, Sortable", "    flags: Writable, Requird", 16, "flags: 'Requird' is not one of None, Writable, Required, Sortable")]
    [InlineData("    filter: Title", "    help: Twice.", 18, "'help' is given twice (first on line 17)")]
    [InlineData("    filter: Title", "    position: first", 17, "position: 'first' is not a whole number")]
    [InlineData("    filter: Title", "    omit: Change", 17, "omit: 'Change' is not one of None, Get, New, Set, Remove, All")]
    [InlineData("    filter: Title", "\thelp: tabbed", 17, "indent with spaces, not tabs")]
    [InlineData("    filter: Title", "    help", 17, "expected 'name: value', found 'help'")]
    [InlineData("nameField: Title", "nameFeild: Title", 6, "'nameFeild' is not a setting of an entity; the settings are: hasCommands, idListParameter, nameField")]
    [InlineData("base: BusinessRecord", "base: BusinesRecord", 4, "base: 'BusinesRecord' is not a record base; the bases are: BusinessRecord, NexudusRecord, UserThreadRecord")]
    public void A_slip_is_a_build_error_naming_the_file_line_and_what_was_meant(string line, string slip, int lineNumber, string message)
    {
        var text = Widget.Replace(line + "\n", slip + "\n");
        var run = Run(("Widget.entity", text), ("WidgetKind.enum", WidgetKind));

        var problem = Assert.Single(run.Problems);
        Assert.Equal("NXD001", problem.Id);
        Assert.Equal(DiagnosticSeverity.Error, problem.Severity);
        Assert.Contains(message, problem.GetMessage());
        var where = problem.Location.GetLineSpan();
        Assert.Equal("/models/Widget.entity", where.Path);
        Assert.Equal(lineNumber, where.StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_description_without_its_path_writes_no_model_and_says_so()
    {
        var run = Run(("Widget.entity", Widget.Replace("path: api/test/widgets\n", "")), ("WidgetKind.enum", WidgetKind));

        Assert.Contains(run.Problems, p => p.GetMessage().Contains("'path:' is missing"));
        Assert.Null(run.Compilation.GetTypeByMetadataName("NexudusCommunity.Models.Widget"));
    }

    [Fact]
    public void An_unknown_type_is_the_compiler_error_at_the_line_of_the_description()
    {
        var run = Run(("Widget.entity", Widget.Replace("Size: int?", "Size: Integer")), ("WidgetKind.enum", WidgetKind));

        var problem = Assert.Single(run.Problems);
        Assert.Equal("CS0246", problem.Id);
        Assert.Contains("Integer", problem.GetMessage());
        Assert.Equal("/models/Widget.entity", problem.Location.GetMappedLineSpan().Path);
        Assert.Equal(20, problem.Location.GetMappedLineSpan().StartLinePosition.Line + 1);
    }

    private static object? Named(AttributeData attribute, string name) => attribute.NamedArguments.Single(a => a.Key == name).Value.Value;

    private static AttributeData Field(INamedTypeSymbol type, string property) =>
        type.GetMembers(property).Single().GetAttributes().Single(a => a.AttributeClass!.Name == "FieldAttribute");

    /// <summary>The generator over these files in a compilation that references the models assembly, as the models project is built.</summary>
    private static (Compilation Compilation, IReadOnlyList<Diagnostic> Problems) Run(params (string Name, string Text)[] files)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).StartsWith("NexudusCommunity", StringComparison.Ordinal)) // the models are added below, alone
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("Descriptions",
            new[] { CSharpSyntaxTree.ParseText("", new CSharpParseOptions(documentationMode: DocumentationMode.Diagnose)) },
            platform.Append(MetadataReference.CreateFromFile(typeof(NexudusRecord).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create(new[] { new EntityModelGenerator().AsSourceGenerator() },
            files.Select(f => (AdditionalText)new Description("/models/" + f.Name, f.Text.Replace("\r\n", "\n"))),
            new CSharpParseOptions(documentationMode: DocumentationMode.Diagnose));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorProblems);
        var problems = generatorProblems.Concat(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)).ToList();
        return (output, problems);
    }

    private sealed class Description(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
