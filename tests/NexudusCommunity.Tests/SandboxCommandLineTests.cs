using NexudusCommunity.Tests.Infrastructure;

namespace NexudusCommunity.Tests;

/// <summary>The sandbox as users run it (nexudus-sandbox): help, and one-line errors that name the option.</summary>
public class SandboxCommandLineTests
{
    private static ProcessRun RunSandbox(params string[] args) =>
        DotnetProcess.Run(args.Prepend(Path.Combine(AppContext.BaseDirectory, "NexudusCommunity.Sandbox.dll")), TimeSpan.FromSeconds(30));

    [Fact]
    public void Help_lists_every_option_and_exits_without_starting()
    {
        var (exit, output, _) = RunSandbox("--help");

        Assert.Equal(0, exit);
        foreach (var option in new[] { "--port", "--seed", "--no-demo-data", "--id-start", "--enforce-limits", "--time-scale", "--hour-window", "--day-window",
                     "--requests-per-hour", "--requests-per-day", "--writes-per-day", "--parent-pid", "--create-answer" })
            Assert.Contains(option, output);
        Assert.DoesNotContain("listening", output);
    }

    [Fact]
    public void Help_lists_every_seed_section_the_sandbox_takes()
    {
        var (_, output, _) = RunSandbox("--help");

        foreach (var section in new[] { "Users", "Businesses", "Coworkers", "CommunityGroups", "VideoRooms", "CommunityThreads", "CommunityMessages" })
            Assert.Contains(section, output);
    }

    [Theory]
    [InlineData("--port abc", 2, "--port takes a number from 0 to 65535, not 'abc'.")]
    [InlineData("--port 70000", 2, "--port takes a number from 0 to 65535, not '70000'.")]
    [InlineData("--port", 2, "--port needs a value.")]
    [InlineData("--seed no-such-fixture.json", 2, "--seed: no file")]
    [InlineData("--verbose", 2, "Unknown argument '--verbose'")]
    [InlineData("--hour-window 0", 2, "--hour-window takes a number above 0, not '0'.")]
    [InlineData("--day-window soon", 2, "--day-window takes a number above 0, not 'soon'.")]
    [InlineData("--writes-per-day -5", 2, "--writes-per-day takes a whole number, 0 or more, not '-5'.")]
    [InlineData("--time-scale", 2, "--time-scale needs a value.")]
    [InlineData("--parent-pid me", 2, "--parent-pid takes a process id, not 'me'.")]
    [InlineData("--id-start 0", 2, "--id-start takes a whole number from 1 to 4611686018427387903, not '0'.")]
    [InlineData("--id-start 1e9", 2, "--id-start takes a whole number from 1 to 4611686018427387903, not '1e9'.")]
    [InlineData("--create-answer full", 2, "--create-answer takes record or id, not 'full'.")]
    public void Bad_arguments_get_one_line_that_names_the_option(string arguments, int expectedExit, string expectedMessage)
    {
        var (exit, output, error) = RunSandbox(arguments.Split(' '));

        Assert.Equal(expectedExit, exit);
        Assert.Contains(expectedMessage, error);
        Assert.DoesNotContain("   at ", error); // no stack trace
        Assert.DoesNotContain("listening", output);
    }

    [Fact]
    public void A_malformed_fixture_is_named_and_nothing_starts()
    {
        var fixture = Path.Combine(Path.GetTempPath(), $"broken-fixture-{Guid.NewGuid():N}.json");
        File.WriteAllText(fixture, """{ "CommunityGroups": [ { "Id": """);
        try
        {
            var (exit, output, error) = RunSandbox("--seed", fixture);

            Assert.Equal(1, exit);
            Assert.StartsWith($"The sandbox could not start: the fixture {fixture} is not valid:", error);
            Assert.DoesNotContain("   at ", error);
            Assert.DoesNotContain("listening", output);
        }
        finally
        {
            File.Delete(fixture);
        }
    }
}
