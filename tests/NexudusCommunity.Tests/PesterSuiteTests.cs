using System.Diagnostics;
using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>
/// The Pester suite users run with ./build.ps1 runs here too, with real Pester 5 from NuGet in a hosted PowerShell 7
/// (tests/NexudusCommunity.PesterHost), against the built module and sandboxes it starts itself.
/// </summary>
public class PesterSuiteTests
{
    private static string HostPath => RepoPaths.TestProgram("NexudusCommunity.PesterHost");

    [Fact]
    public async Task The_Pester_suite_passes()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(HostPath);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        var summary = output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("Pester: "));
        Assert.True(summary != null, "no Pester summary:\n" + output + await errors);
        // Every file ran and found its tests (a suite that discovers nothing is not green).
        Assert.Matches(@"^Pester: [1-9]\d{2,} passed, 0 failed", summary);
        Assert.Equal(0, process.ExitCode);
    }
}
