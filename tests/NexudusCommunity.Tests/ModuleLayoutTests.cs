using System.IO.Compression;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.Loader;
using System.Xml.Linq;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>
/// The shipped shape of the module: the folder `dotnet build` lays out (module files at the root, third-party
/// assemblies in Dependencies/ resolved by NexudusCommunity.Loader), its manifest as PowerShell reads it, and the
/// Gallery package `dotnet pack` makes from that folder.
/// </summary>
public sealed class ModuleLayoutTests
{
    private static string ModuleDir => Path.GetDirectoryName(RepoPaths.ModuleManifest)!;

    /// <summary>What may sit at the module root: the cmdlets, the loader, manifest, formats and help.</summary>
    private static bool IsModuleRootFile(string name) =>
        name is "NexudusCommunity.dll" or "NexudusCommunity.Loader.dll"
        || name is "NexudusCommunity.psd1" or "NexudusCommunity.Format.ps1xml" or "NexudusCommunity.Entities.Format.ps1xml" or "NexudusCommunity.dll-Help.xml"
        || (name.StartsWith("about_", StringComparison.Ordinal) && name.EndsWith(".help.txt", StringComparison.Ordinal));

    private static string[] CmdletNamesInAssembly() =>
        typeof(NexudusCommunity.Cmdlets.Base.NexudusCmdlet).Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<CmdletAttribute>())
            .Where(a => a != null)
            .Select(a => a!.VerbName + "-" + a.NounName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void Module_folder_holds_only_module_files_at_its_root_and_third_party_assemblies_in_Dependencies()
    {
        var rootFiles = Directory.GetFiles(ModuleDir).Select(Path.GetFileName).ToList();
        Assert.All(rootFiles, f => Assert.True(IsModuleRootFile(f!), $"Unexpected file at the module root: {f}"));
        foreach (var required in new[] { "NexudusCommunity.psd1", "NexudusCommunity.dll", "NexudusCommunity.Loader.dll", "NexudusCommunity.Format.ps1xml" })
            Assert.Contains(required, rootFiles);

        Assert.Equal(new[] { "Dependencies", "Sandbox" }, Directory.GetDirectories(ModuleDir).Select(Path.GetFileName).Order());
        // The local API sandbox Start-NexudusSandbox runs (dotnet NexudusCommunity.Sandbox.dll): the program and what dotnet needs to run it.
        var sandbox = Directory.GetFiles(Path.Combine(ModuleDir, "Sandbox")).Select(Path.GetFileName).ToList();
        foreach (var required in new[] { "NexudusCommunity.Sandbox.dll", "NexudusCommunity.Sandbox.runtimeconfig.json", "NexudusCommunity.Sandbox.deps.json", "NexudusCommunity.Models.dll" })
            Assert.Contains(required, sandbox);
        var dependencies = Directory.GetFiles(Path.Combine(ModuleDir, "Dependencies")).Select(Path.GetFileName).ToList();
        foreach (var required in new[] { "NexudusCommunity.Engine.dll", "NexudusCommunity.Isolation.dll", "System.Text.Json.dll", "Microsoft.Extensions.Http.dll", "Microsoft.Extensions.DependencyInjection.dll", "System.Memory.dll" })
            Assert.Contains(required, dependencies);
        Assert.All(dependencies, f =>
        {
            Assert.EndsWith(".dll", f);
            Assert.False(f is "NexudusCommunity.dll" or "NexudusCommunity.Loader.dll", $"{f} belongs at the module root");
            Assert.False(f.StartsWith("System.Management.Automation", StringComparison.Ordinal), "PowerShell provides System.Management.Automation");
        });
    }

    [Fact]
    public void Manifest_passes_Test_ModuleManifest_and_exports_exactly_the_assemblys_cmdlets()
    {
        using var ps = new PsSession(importModule: false);
        var result = ps.Run("Test-ModuleManifest -Path $args[0] -ErrorAction Stop", RepoPaths.ModuleManifest);
        result.AssertNoErrors();
        var module = Assert.IsType<PSModuleInfo>(Assert.Single(result.Output).BaseObject);

        Assert.Equal("NexudusCommunity", module.Name);
        // The build stamps the manifest's ModuleVersion on the assembly (and the package): one source of truth.
        Assert.Equal(typeof(NexudusCommunity.Cmdlets.Base.NexudusCmdlet).Assembly.GetName().Version!.ToString(3), module.Version.ToString(3));
        Assert.Equal(Guid.Parse("5b8f3c9e-2d47-4f0a-9c1e-7a6b2e4d8f13"), module.Guid);
        Assert.Equal(new Version(5, 1), module.PowerShellVersion);
        Assert.Equal(new[] { "Core", "Desktop" }, module.CompatiblePSEditions.OrderBy(e => e, StringComparer.Ordinal));
        Assert.False(string.IsNullOrWhiteSpace(module.Author));
        Assert.False(string.IsNullOrWhiteSpace(module.Description));
        Assert.False(string.IsNullOrWhiteSpace(module.ReleaseNotes));
        Assert.NotNull(module.ProjectUri);
        Assert.NotNull(module.LicenseUri);
        Assert.Contains("PSEdition_Desktop", module.Tags);
        Assert.Contains("PSEdition_Core", module.Tags);

        Assert.Equal(CmdletNamesInAssembly(), module.ExportedCmdlets.Keys.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Empty(module.ExportedFunctions);
        Assert.Empty(module.ExportedAliases);
        Assert.Empty(module.ExportedVariables);
        // The loader must come before RootModule is scanned: it is the first nested module.
        Assert.Equal("NexudusCommunity.Loader", module.NestedModules.First().Name);
    }

    [Fact]
    public void Pack_makes_a_Gallery_package_with_the_module_folder_at_its_root()
    {
        var configuration = typeof(ModuleLayoutTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var outDir = Path.Combine(Path.GetTempPath(), "nexudus-pack-" + Guid.NewGuid().ToString("N"));
        try
        {
            RunDotnet("pack", Path.Combine(RepoPaths.Root, "src", "NexudusCommunity", "NexudusCommunity.csproj"),
                "--no-build", "--no-restore", "-c", configuration, "-o", outDir, "--nologo");

            using var ps = new PsSession(importModule: false);
            var manifest = Assert.IsType<PSModuleInfo>(Assert.Single(ps.Run("Test-ModuleManifest -Path $args[0]", RepoPaths.ModuleManifest).Output).BaseObject);
            var version = manifest.Version.ToString(3);

            var package = Assert.Single(Directory.GetFiles(outDir, "*.nupkg"));
            Assert.Equal($"NexudusCommunity.{version}.nupkg", Path.GetFileName(package));
            using var zip = ZipFile.OpenRead(package);
            var entries = zip.Entries.Select(e => e.FullName).ToList();

            // The module folder, file for file, at the package root.
            var moduleFiles = Directory.GetFiles(ModuleDir, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(ModuleDir, f).Replace('\\', '/'));
            foreach (var file in moduleFiles) Assert.Contains(file, entries);
            foreach (var required in new[] { "NexudusCommunity.psd1", "NexudusCommunity.dll", "NexudusCommunity.Loader.dll", "NexudusCommunity.Format.ps1xml", "Dependencies/System.Text.Json.dll", "README.md" })
                Assert.Contains(required, entries);
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.OrdinalIgnoreCase) || e.StartsWith("content", StringComparison.OrdinalIgnoreCase));

            var nuspecEntry = Assert.Single(zip.Entries, e => e.FullName == "NexudusCommunity.nuspec");
            using var stream = nuspecEntry.Open();
            var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";

            Assert.Equal("NexudusCommunity", Field("id"));
            Assert.Equal(version, Field("version"));
            Assert.Equal(manifest.Author, Field("authors"));
            Assert.Equal(manifest.Description, Field("description"));
            Assert.Equal(manifest.ReleaseNotes, Field("releaseNotes"));
            Assert.Equal(manifest.ProjectUri.ToString().TrimEnd('/'), Field("projectUrl").TrimEnd('/'));
            Assert.Equal("MIT", Field("license"));
            Assert.Equal("README.md", Field("readme"));
            Assert.Empty(metadata.Elements().Where(e => e.Name.LocalName == "dependencies").SelectMany(e => e.Descendants()));

            var tags = Field("tags").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var tag in new[] { "PSModule", "PSEdition_Desktop", "PSEdition_Core", "PSIncludes_Cmdlet" }.Concat(manifest.Tags))
                Assert.Contains(tag, tags);
            foreach (var cmdlet in CmdletNamesInAssembly())
                Assert.Contains("PSCmdlet_" + cmdlet, tags);

            // The packed manifest names every cmdlet (the Gallery lists them; a wildcard would hide them).
            using var packedManifest = new StreamReader(zip.Entries.Single(e => e.FullName == "NexudusCommunity.psd1").Open());
            var packedText = packedManifest.ReadToEnd();
            foreach (var cmdlet in CmdletNamesInAssembly())
                Assert.Contains("'" + cmdlet + "'", packedText);
            Assert.DoesNotContain("*", System.Text.RegularExpressions.Regex.Match(packedText, @"CmdletsToExport\s*=\s*@\(([^)]*)\)").Groups[1].Value);
        }
        finally
        {
            try { Directory.Delete(outDir, recursive: true); } catch (IOException) { }
        }
    }

    private static void RunDotnet(params string[] arguments)
    {
        var run = DotnetProcess.Run(arguments, TimeSpan.FromMinutes(2), RepoPaths.Root);
        Assert.True(run.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} exited {run.ExitCode}:\n{run.Output}\n{run.Error}");
    }
}
