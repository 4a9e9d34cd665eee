using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>
/// In a host as bare as pwsh (tests/NexudusCommunity.IsolationProbe), the engine and its Microsoft.Extensions.*
/// load into the module's own context, also when another module has already put an older copy of one of them in
/// the shared default context; the model types stay in the default context, where scripts can name them. (This test host itself has those assemblies in its framework, so it cannot show it.)
/// </summary>
public class IsolationTests
{
    private static string ProbePath => RepoPaths.TestProgram("NexudusCommunity.IsolationProbe");

    private static string OlderDependencyInjectionAbstractions =>
        Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
            "microsoft.extensions.dependencyinjection.abstractions", "6.0.0", "lib", "netstandard2.0", "Microsoft.Extensions.DependencyInjection.Abstractions.dll");

    private static Dictionary<string, List<(string Version, string Context)>> Probe(params string[] extra)
    {
        var output = DotnetProcess.Run(new[] { ProbePath, RepoPaths.ModuleManifest }.Concat(extra), TimeSpan.FromSeconds(60)).Output;
        Assert.Contains("connect ConnectionError", output); // the module worked up to the network
        // Scripts (and Pester mocks) can name the model types: they live in the default context PowerShell searches.
        Assert.Contains("types CommunityGroup Private", output);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Trim().Split(' '))
            .Where(p => p.Length == 3 && (p[0].StartsWith("NexudusCommunity") || p[0].StartsWith("Microsoft.Extensions")))
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.Select(p => (p[1], p[2])).ToList());
    }

    [Fact]
    public void The_engine_and_its_dependencies_load_into_the_modules_own_context()
    {
        var loaded = Probe();

        Assert.Equal("Default", loaded["NexudusCommunity"].Single().Context);
        Assert.Equal("Default", loaded["NexudusCommunity.Models"].Single().Context);
        Assert.Equal("NexudusCommunity", loaded["NexudusCommunity.Engine"].Single().Context);
        Assert.Equal("NexudusCommunity", loaded["Microsoft.Extensions.Http"].Single().Context);
        Assert.All(loaded.Where(l => l.Key.StartsWith("Microsoft.Extensions")), l => Assert.All(l.Value, v => Assert.Equal("NexudusCommunity", v.Context)));
    }

    [Fact]
    public void Another_modules_older_copy_in_the_default_context_does_not_reach_the_module()
    {
        Assert.True(File.Exists(OlderDependencyInjectionAbstractions), "restore downloads it for the probe: " + OlderDependencyInjectionAbstractions);

        var loaded = Probe(OlderDependencyInjectionAbstractions);

        var copies = loaded["Microsoft.Extensions.DependencyInjection.Abstractions"];
        Assert.Contains(("6.0.0.0", "Default"), copies);        // the other module's, left alone
        Assert.Contains(("8.0.0.0", "NexudusCommunity"), copies); // ours, used by the engine
    }
}
