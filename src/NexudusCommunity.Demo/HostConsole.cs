/// <summary>What the console hosts (this demo, tests/NexudusCommunity.PesterHost) share: finding the repository, failing.</summary>
internal static class HostConsole
{
    public static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }

    public static string FindRepoRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CommunityPs.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run this from inside the repository (CommunityPs.sln not found).");
    }
}
