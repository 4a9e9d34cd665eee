using System.Collections;
using System.Management.Automation.Language;
using NexudusCommunity.HelpGenerator;

// Usage:
//   dotnet NexudusCommunity.HelpGenerator.dll --assembly <module dll> --manifest <psd1> --docs <docs/help> --out <module folder>
//   dotnet NexudusCommunity.HelpGenerator.dll --list --assembly <module dll>     (the cmdlets and parameters the code declares)
//   dotnet NexudusCommunity.HelpGenerator.dll --scaffold <Verb-Noun> --assembly <module dll> --docs <docs/help>
//                                                  (writes <docs>/<Verb-Noun>.md for a new cmdlet, to fill in; for a
//                                                   generated one, its sections of <docs>/entities/<Entity>.md)
// Writes <out>/<assembly file name>-Help.xml (MAML), <out>/<manifest> (exporting every cmdlet) and copies <docs>/about_*.help.txt to <out>. What many cmdlets
// share is written once, in <docs>/_shared/<Class>.md (see SharedHelp); fields are described once, in the model
// (see FieldHelp); inputs, outputs and related links the page leaves out come from the code (see HelpResolver).
// Exit codes: 0 written; 1 the help is incomplete or out of date with the code (each problem printed as
// "file(line): error NXHnnn: message", which MSBuild shows as a build error); 2 bad arguments or unreadable input.
const int Incomplete = 1, BadInput = 2;

string? assemblyPath = null, manifestPath = null, docsDir = null, outDir = null, scaffold = null;
var list = false;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    try
    {
        switch (args[i])
        {
            case "--assembly": assemblyPath = Next(); break;
            case "--manifest": manifestPath = Next(); break;
            case "--docs": docsDir = Next(); break;
            case "--out": outDir = Next(); break;
            case "--list": list = true; break;
            case "--scaffold": scaffold = Next(); break;
            default: return Usage($"unknown argument '{args[i]}'.");
        }
    }
    catch (ArgumentException ex)
    {
        return Usage(ex.Message);
    }
}
if (list && assemblyPath != null)
{
    // What the code declares, to start or check a markdown file by: `--list --assembly <dll>`.
    foreach (var c in CmdletReflector.Read(CmdletReflector.Load(assemblyPath)))
    {
        Console.WriteLine($"{c.Name}  sets: {string.Join(", ", c.ParameterSets)}  outputs: {string.Join(", ", c.OutputTypes.Select(t => t.FullName))}");
        foreach (var p in c.Parameters)
            Console.WriteLine($"  -{p.Name} <{CmdletReflector.ShortName(p.Type)}> default {p.DefaultValue}" +
                              (p.Aliases.Count > 0 ? $" aliases {string.Join(",", p.Aliases)}" : "") + (p.AddedByPowerShell ? " (added by PowerShell)" : "") + "  " +
                              string.Join("; ", p.Sets.Select(s => $"{s.SetName}{(s.Mandatory ? " mandatory" : "")}{(s.Position is int n ? " pos " + n : "")}{(s.ByValue ? " byvalue" : "")}{(s.ByPropertyName ? " bypropertyname" : "")}")));
    }
    return 0;
}
if (scaffold != null)
{
    if (assemblyPath == null || docsDir == null) return Usage("--scaffold needs --assembly and --docs.");
    if (!Directory.Exists(docsDir)) return Usage($"--docs: '{docsDir}' does not exist.");
    var all = CmdletReflector.Read(CmdletReflector.Load(assemblyPath));
    var cmdlet = all.FirstOrDefault(c => c.Name.Equals(scaffold, StringComparison.OrdinalIgnoreCase));
    if (cmdlet == null) return Usage($"--scaffold: {Path.GetFileName(assemblyPath)} has no cmdlet {scaffold} (build it first). It has: {string.Join(", ", all.Select(c => c.Name))}.");
    var sharedHelp = SharedHelp.Load(docsDir);
    var about = Directory.GetFiles(docsDir, "about_*.help.txt").Select(f => Path.GetFileName(f)[..^".help.txt".Length]).Order(StringComparer.Ordinal).FirstOrDefault();
    string written;
    IEnumerable<string> sources;
    try
    {
        // A generated cmdlet's help is a section of its entity's page, with its siblings'; a hand-written one has a page.
        if (EntityPageScaffold.Takes(cmdlet) && !File.Exists(Path.Combine(docsDir, cmdlet.Name + ".md")))
        {
            var (page, added) = EntityPageScaffold.Write(cmdlet, all, docsDir);
            written = $"{page}, with a section for {string.Join(", ", added)}";
            sources = EntityPageScaffold.Sources(cmdlet.Entity!, all.Where(c => added.Contains(c.Name)), all, sharedHelp, about);
        }
        else
        {
            written = HelpScaffold.Write(cmdlet, all, sharedHelp, docsDir, about);
            sources = HelpScaffold.Sources(cmdlet, all, sharedHelp, about);
        }
    }
    catch (IOException ex)
    {
        return Usage(ex.Message);
    }
    Console.WriteLine($"Wrote {written}: replace every {{{{Fill in: ...}}}} in it; the build fails until none is left.");
    foreach (var source in sources) Console.WriteLine(source);
    return 0;
}
if (assemblyPath == null || manifestPath == null || docsDir == null || outDir == null)
    return Usage("--assembly, --manifest, --docs and --out are all required.");
foreach (var (what, path, isDir) in new[] { ("--assembly", assemblyPath, false), ("--manifest", manifestPath, false), ("--docs", docsDir, true) })
    if (isDir ? !Directory.Exists(path) : !File.Exists(path))
        return Usage($"{what}: '{path}' does not exist.");

var helpFile = Path.Combine(outDir, Path.GetFileName(assemblyPath) + "-Help.xml");
var moduleName = Path.GetFileNameWithoutExtension(manifestPath);

IReadOnlyList<CmdletModel> cmdlets;
try
{
    cmdlets = CmdletReflector.Read(CmdletReflector.Load(assemblyPath));
}
catch (Exception ex)
{
    Console.Error.WriteLine($"{assemblyPath}: error NXH000: could not read the cmdlets: {ex.Message}");
    return BadInput;
}

var problems = new List<Problem>();

// The manifest decides what users get; each exported cmdlet must exist (and so gets help below).
var exported = ReadExportedCmdlets(manifestPath, problems);
foreach (var name in exported.Where(n => !WildcardLike(n) && cmdlets.All(c => !c.Name.Equals(n, StringComparison.OrdinalIgnoreCase))))
    problems.Add(new(manifestPath, 0, $"CmdletsToExport names {name}, but {Path.GetFileName(assemblyPath)} has no such cmdlet.", "NXH011"));


var aboutFiles = Directory.GetFiles(docsDir, "about_*.help.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
var aboutTopics = aboutFiles.Select(f => Path.GetFileName(f)[..^".help.txt".Length]).ToList();
var shared = SharedHelp.Load(docsDir);
var validator = new HelpValidator(cmdlets, aboutTopics, shared);

var docFiles = Directory.GetFiles(docsDir, "*.md")
    .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
    .ToDictionary(f => Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase);
// Generated cmdlets may be described by their entity's page instead (docs/help/entities, see EntityPages).
var entityPages = EntityPages.Load(docsDir, problems);
foreach (var duplicate in entityPages.Keys.Where(docFiles.ContainsKey))
    problems.Add(new(docFiles[duplicate], 0, $"{duplicate} is described twice: here and in {entityPages[duplicate].Path}; keep one.", "NXH010"));
var items = new List<ResolvedHelp>();
var pages = new Dictionary<string, HelpMarkdown>(StringComparer.OrdinalIgnoreCase);
foreach (var cmdlet in cmdlets)
{
    if (entityPages.TryGetValue(cmdlet.Name, out var entityPage))
    {
        items.Add(validator.Validate(cmdlet, entityPage));
        pages[cmdlet.Name] = entityPage;
        continue;
    }
    if (!docFiles.TryGetValue(cmdlet.Name, out var file))
    {
        // The exact command that writes a page to fill in, with this run's paths.
        var scaffoldCommand = $"dotnet \"{typeof(HelpScaffold).Assembly.Location}\" --scaffold {cmdlet.Name} --assembly \"{assemblyPath}\" --docs \"{docsDir}\"";
        // A generated cmdlet belongs on its entity's page, with the entity's other cmdlets.
        var entityFile = cmdlet.Entity == null ? null : Path.Combine(docsDir, EntityPages.FolderName, cmdlet.Entity.Name + ".md");
        var generated = EntityPageScaffold.Takes(cmdlet);
        var where = File.Exists(entityFile)
            ? $"add a '## {cmdlet.Name}' section (its synopsis, then an example) to {entityFile}, or write {cmdlet.Name}.md in {docsDir}"
            : generated ? $"its entity's page {entityFile} does not exist" : $"write {cmdlet.Name}.md in {docsDir}";
        var scaffolds = generated ? "to add its section (and its siblings') from a scaffold" : "to start a page of its own from a scaffold";
        problems.Add(new(File.Exists(entityFile) ? entityFile! : Path.Combine(docsDir, cmdlet.Name + ".md"), 0,
            $"{cmdlet.Name} ({cmdlet.Type.FullName}) has no help: {where} (the format is in README.md there); {scaffolds}: {scaffoldCommand}", "NXH001"));
        continue;
    }
    var doc = HelpMarkdown.Load(file);
    items.Add(validator.Validate(cmdlet, doc));
    pages[cmdlet.Name] = doc;
}
problems.AddRange(shared.Check(cmdlets, pages));
foreach (var name in entityPages.Keys.Where(n => cmdlets.All(c => !c.Name.Equals(n, StringComparison.OrdinalIgnoreCase))))
    problems.Add(new(entityPages[name].Path, 0, $"{name} is not a cmdlet of {Path.GetFileName(assemblyPath)} (renamed, or a verb the entity does not have?): remove its section.", "NXH010"));
foreach (var (name, file) in docFiles.Where(d => cmdlets.All(c => !c.Name.Equals(d.Key, StringComparison.OrdinalIgnoreCase))))
    problems.Add(new(file, 0, $"{name} is not a cmdlet of {Path.GetFileName(assemblyPath)} (renamed or removed?): delete or rename this file.", "NXH010"));

var mainAbout = $"about_{moduleName}";
if (!aboutTopics.Contains(mainAbout, StringComparer.OrdinalIgnoreCase))
    problems.Add(new(Path.Combine(docsDir, mainAbout + ".help.txt"), 0, $"the module's about topic is missing: write {mainAbout}.help.txt.", "NXH012"));
foreach (var about in aboutFiles)
{
    var text = File.ReadAllText(about);
    if (!text.Contains("SHORT DESCRIPTION", StringComparison.Ordinal) || !text.Contains("LONG DESCRIPTION", StringComparison.Ordinal))
        problems.Add(new(about, 0, "an about topic needs the headings SHORT DESCRIPTION and LONG DESCRIPTION.", "NXH012"));
    validator.CheckMentions(about, text);
}

problems.AddRange(validator.Problems);

// Default table views of the entities that name their columns and have no hand-written view (see ViewWriter).
var entityTypes = cmdlets.Select(c => EntityModel.OfCmdlet(c.Type)?.Type).OfType<Type>().ToList();
var modelTypes = entityTypes.Count == 0 ? [] : entityTypes[0].Assembly.GetTypes()
    .Where(t => t.IsClass && !t.IsAbstract && t.GetCustomAttributes(inherit: false).Any(a => a.GetType().Name == "EntityAttribute")).ToList();
var viewCount = ViewWriter.Write(modelTypes, outDir, problems);
if (problems.Count > 0)
{
    foreach (var problem in problems) Console.Error.WriteLine(problem);
    Console.Error.WriteLine($"Help for {moduleName} was NOT written: {problems.Count} problem(s) above. docs/help/README.md describes the format.");
    // Never leave help behind that no longer matches the code.
    if (File.Exists(helpFile)) File.Delete(helpFile);
    return Incomplete;
}

Directory.CreateDirectory(outDir);
foreach (var about in aboutFiles)
    File.Copy(about, Path.Combine(outDir, Path.GetFileName(about)), overwrite: true);
// Get-Help -Online opens the cmdlet's page in the repository: the same source this help is built from.
var projectUri = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(manifestPath), @"\bProjectUri\s*=\s*'([^']+)'").Groups[1].Value;
MamlWriter.Write(helpFile, items, projectUri.Length == 0 ? null : projectUri.TrimEnd('/') + "/blob/main/docs/help/");
// The built manifest exports every cmdlet of the assembly, the generated ones included (see ModuleManifest).
var exportedCount = ModuleManifest.Write(manifestPath, Path.Combine(outDir, Path.GetFileName(manifestPath)), cmdlets.Select(c => c.Name));
Console.WriteLine($"Manifest for {moduleName}: {exportedCount} cmdlets exported -> {Path.Combine(outDir, Path.GetFileName(manifestPath))}");
Console.WriteLine($"Help for {moduleName}: {items.Count} cmdlets, {items.Sum(i => i.Page.Examples.Count)} examples, " +
                  $"{aboutFiles.Count} about topic(s) -> {helpFile}; {viewCount} generated table view(s) -> {ViewWriter.FileName}");
return 0;

static int Usage(string message)
{
    Console.Error.WriteLine("NexudusCommunity.HelpGenerator: error NXH000: " + message);
    Console.Error.WriteLine("usage: dotnet NexudusCommunity.HelpGenerator.dll --assembly <module dll> --manifest <psd1> --docs <docs/help> --out <module folder>");
    return BadInput;
}

static bool WildcardLike(string name) => name.IndexOfAny(['*', '?', '[']) >= 0;

// CmdletsToExport from the manifest, read as data (never run): the PowerShell parser and SafeGetValue.
static IReadOnlyList<string> ReadExportedCmdlets(string manifest, List<Problem> problems)
{
    var ast = Parser.ParseFile(manifest, out _, out var errors);
    if (errors.Length > 0)
    {
        problems.AddRange(errors.Select(e => new Problem(manifest, e.Extent.StartLineNumber, "the manifest does not parse: " + e.Message, "NXH011")));
        return [];
    }
    var table = ast.Find(a => a is HashtableAst, searchNestedScriptBlocks: false) as HashtableAst;
    var entry = table?.KeyValuePairs.FirstOrDefault(kv => kv.Item1 is StringConstantExpressionAst k && k.Value.Equals("CmdletsToExport", StringComparison.OrdinalIgnoreCase));
    if (entry == null) return [];
    var value = entry.Item2 is PipelineAst { PipelineElements: [CommandExpressionAst expression] } ? expression.Expression.SafeGetValue() : null;
    return value switch
    {
        string s => [s],
        IEnumerable e => e.Cast<object>().Select(o => o?.ToString() ?? "").Where(s => s.Length > 0).ToList(),
        _ => [],
    };
}
