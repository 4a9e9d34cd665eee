using System.Globalization;

namespace NexudusCommunity.Sandbox;

/// <summary>Turns the CLI arguments (--port N, --seed file.json, --no-demo-data, --enforce-limits) into options.</summary>
internal static class SandboxCommandLine
{
    public const string Usage = """
        nexudus-sandbox: a local, in-memory Nexudus API for testing scripts and runbooks.

        Options:
          --port N            listen on 127.0.0.1:N (default: a free port, printed at start)
          --seed file.json    load a fixture (sections Businesses, Users, CommunityGroups, VideoRooms, each optional)
          --no-demo-data      start without the built-in demo records
          --enforce-limits    answer 409 + Retry-After when a client breaks the published rate limits
          --help              show this text

        While it runs: POST /_sandbox/reset, POST /_sandbox/seed, GET /_sandbox/requests, POST /_sandbox/faults.
        """;

    private static readonly string[] HelpSwitches = ["--help", "-h", "-?", "/?"];

    public static bool WantsHelp(string[] args) => args.Any(a => HelpSwitches.Contains(a, StringComparer.OrdinalIgnoreCase));

    public static SandboxOptions Parse(string[] args)
    {
        var options = new SandboxOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i].ToLowerInvariant())
            {
                case "--port":
                    var port = Value(args, ref i);
                    if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 65535)
                        throw new ArgumentException($"--port takes a number from 0 to 65535, not '{port}'.");
                    options.Port = number;
                    break;
                case "--seed":
                    var file = Value(args, ref i);
                    if (!File.Exists(file)) throw new ArgumentException($"--seed: no file '{Path.GetFullPath(file)}'.");
                    options.SeedFile = file;
                    break;
                case "--no-demo-data":
                    options.SeedDemoData = false;
                    break;
                case "--enforce-limits":
                    options.Limits = new RateLimitOptions();
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'. Use --port N, --seed file.json, --no-demo-data, --enforce-limits (or --help).");
            }
        }
        return options;
    }

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length) throw new ArgumentException($"{args[i]} needs a value.");
        return args[++i];
    }
}
