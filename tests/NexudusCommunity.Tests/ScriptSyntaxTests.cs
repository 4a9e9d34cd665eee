using System.Management.Automation.Language;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>No script may ever be syntactically broken: a parse error in build.ps1, an example or a test file shows here in seconds.</summary>
public class ScriptSyntaxTests
{
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var path in ScriptPaths()) data.Add(path);
        return data;
    }

    private static List<string> ScriptPaths()
    {
        var paths = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Root, "*.ps*1", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".ps1") || f.EndsWith(".psm1") || f.EndsWith(".psd1"))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") &&
                                 !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                                 !f.Contains($"{Path.DirectorySeparatorChar}out{Path.DirectorySeparatorChar}") &&
                                 !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}"))
                     .OrderBy(f => f))
            paths.Add(Path.GetRelativePath(RepoPaths.Root, file));
        return paths;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Every_script_in_the_repository_parses(string relativePath)
    {
        Parser.ParseFile(Path.Combine(RepoPaths.Root, relativePath), out _, out var errors);
        Assert.True(errors.Length == 0, $"{relativePath}: " + string.Join("; ", errors.Select(e => $"line {e.Extent.StartLineNumber}: {e.Message}")));
    }

    [Fact]
    public void The_repository_has_the_scripts_users_run()
    {
        var scripts = ScriptPaths();
        Assert.Contains("build.ps1", scripts);
        Assert.Contains(scripts, s => s.StartsWith(Path.Combine("tests", "Pester")) && s.EndsWith(".Tests.ps1"));
        Assert.Contains("NexudusCommunity.psd1", scripts);
    }
}
