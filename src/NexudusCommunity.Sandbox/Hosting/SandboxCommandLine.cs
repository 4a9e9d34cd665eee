using System.Globalization;

namespace NexudusCommunity.Sandbox;

/// <summary>Turns the CLI arguments (--port N, --seed file.json, --no-demo-data, --enforce-limits) into options.</summary>
internal static class SandboxCommandLine
{
    public static SandboxOptions Parse(string[] args)
    {
        var options = new SandboxOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i].ToLowerInvariant())
            {
                case "--port":
                    options.Port = int.Parse(Value(args, ref i), CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    options.SeedFile = Value(args, ref i);
                    break;
                case "--no-demo-data":
                    options.SeedDemoData = false;
                    break;
                case "--enforce-limits":
                    options.Limits = new RateLimitOptions();
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'. Use --port N, --seed file.json, --no-demo-data, --enforce-limits.");
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
