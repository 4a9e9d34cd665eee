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
    public void The_Pester_suite_passes()
    {
        var (exitCode, output, errors) = DotnetProcess.Run([HostPath], TimeSpan.FromMinutes(5), RepoPaths.Root);

        var summary = output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("Pester: "));
        Assert.True(summary != null, "no Pester summary:\n" + output + errors);
        // Every file ran and found its tests (a suite that discovers nothing is not green).
        Assert.Matches(@"^Pester: [1-9]\d{2,} passed, 0 failed", summary);
        Assert.Equal(0, exitCode);
    }
}
