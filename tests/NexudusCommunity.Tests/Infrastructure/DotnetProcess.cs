using System.Diagnostics;

namespace NexudusCommunity.Tests.Infrastructure;

/// <summary>What a child `dotnet` process left behind.</summary>
public sealed record ProcessRun(int ExitCode, string Output, string Error);

/// <summary>Runs `dotnet` (a built program of this repository, or the CLI) as a child process, as a user would.</summary>
public static class DotnetProcess
{
    /// <summary>The dotnet host running these tests (so the same SDK and runtime), else the one on PATH.</summary>
    public static string Host
    {
        get
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
            var self = Environment.ProcessPath;
            if (self != null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return self;
            return "dotnet";
        }
    }

    /// <summary>Runs to the end, reading both streams as they come (so a chatty child never blocks); killed and failed after <paramref name="timeout"/>.</summary>
    public static ProcessRun Run(IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory != null) start.WorkingDirectory = workingDirectory;
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Not the settings of the MSBuild that started `dotnet test`.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"dotnet {string.Join(' ', start.ArgumentList)} did not finish within {timeout.TotalSeconds:0} s:\n{output.Result}\n{error.Result}");
        }
        return new ProcessRun(process.ExitCode, output.Result, error.Result);
    }
}
