namespace NexudusCommunity.Tests.Infrastructure;

/// <summary>Where the repository and the built module are, found from the test binaries upwards.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The manifest of the importable module folder `dotnet build` leaves behind.</summary>
    public static string ModuleManifest => Path.Combine(Root, "out", "NexudusCommunity", "NexudusCommunity.psd1");

    /// <summary>A helper program of this repository (tests/&lt;project&gt;), built in the tests' own configuration.</summary>
    public static string TestProgram(string project)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        return Path.Combine(Root, "tests", project, "bin", configuration, "net10.0", project + ".dll");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CommunityPs.sln"))) return dir.FullName;
        throw new InvalidOperationException("CommunityPs.sln not found above " + AppContext.BaseDirectory);
    }
}
