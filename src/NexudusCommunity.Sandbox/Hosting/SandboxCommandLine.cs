using System.Globalization;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// Turns the CLI arguments (--port N, --seed file.json, --no-demo-data, --enforce-limits and the limit options)
/// into options. Every limit option turns enforcement on.
/// </summary>
internal static class SandboxCommandLine
{
    /// <summary>The --help text; the seed sections are every entity the sandbox serves.</summary>
    public static string Usage => UsageText.Replace("{sections}", string.Join(", ", SandboxEntities.Sections));

    private const string UsageText = """
        nexudus-sandbox: a local, in-memory Nexudus API for testing scripts and runbooks.

        Options:
          --port N                 listen on 127.0.0.1:N (default: a free port, printed at start)
          --seed file.json         load a fixture; sections, each optional:
                                   {sections}
          --no-demo-data           start without the built-in demo records
          --id-start N             where ids start (default 1376542000, ten digits as real ids are; businesses,
                                   coworkers and users follow it, then every record added; 3000000000 tests ids
                                   past Int32.MaxValue)
          --create-answer FORM     what a create answers in Value: record (default, the whole new record, as the
                                   live API) or id (only { "Id": n }, as the older reference pages show)
          --enforce-limits         throttle a client that breaks the published limits, as the API does (409,
                                   Retry-After, empty body): 1 request per 100 ms; 120 requests and 60 writes per
                                   minute; 5000 requests per hour; 200000 requests and 5000 writes per day
          --time-scale N           divide every limit's time by N (10: 10 ms apart, 120 requests per 6 s, ...)
          --hour-window SECONDS    the window of the hourly budget (default 3600; 20 for an "hour" of 20 s in tests)
          --day-window SECONDS     the window of the daily budgets (default 86400); --time-scale divides both too
          --requests-per-hour N    the hourly budget (default 5000; 0 = none)
          --requests-per-day N     the daily request budget (default 200000; 0 = none)
          --writes-per-day N       the daily write budget (default 5000, an older page says 2500; 0 = none)
          --parent-pid N           stop when process N ends (Start-NexudusSandbox passes its PowerShell's)
          --help                   show this text

        While it runs: POST /_sandbox/reset, POST /_sandbox/seed, GET /_sandbox/requests, GET /_sandbox/tokens,
        POST /_sandbox/faults (throttle shapes, 5xx, generic 500 bursts, dropped connections...),
        POST /_sandbox/limits (the limits above and the throttle shape, as JSON),
        POST /_sandbox/settings ({ "CreateAnswer": "Record" } or "IdOnly"; GET shows them).
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
                case "--parent-pid":
                    var pid = Value(args, ref i);
                    if (!int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var parent) || parent == 0)
                        throw new ArgumentException($"--parent-pid takes a process id, not '{pid}'.");
                    options.ParentProcessId = parent;
                    break;
                case "--id-start":
                    var start = Value(args, ref i);
                    if (!long.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var first) || first < 1 || first > long.MaxValue / 2)
                        throw new ArgumentException($"--id-start takes a whole number from 1 to {long.MaxValue / 2}, not '{start}'.");
                    options.IdStart = first;
                    break;
                case "--no-demo-data":
                    options.SeedDemoData = false;
                    break;
                case "--create-answer":
                    var form = Value(args, ref i);
                    options.CreateAnswer = form.ToLowerInvariant() switch
                    {
                        "record" => CreateAnswer.Record,
                        "id" or "idonly" => CreateAnswer.IdOnly,
                        _ => throw new ArgumentException($"--create-answer takes record or id, not '{form}'."),
                    };
                    break;
                case "--enforce-limits":
                    options.Limits ??= new RateLimitOptions();
                    break;
                case "--time-scale":
                    Limits(options).Scale = Positive(args, ref i);
                    break;
                case "--hour-window":
                    Limits(options).HourWindowSeconds = Positive(args, ref i);
                    break;
                case "--day-window":
                    Limits(options).DayWindowSeconds = Positive(args, ref i);
                    break;
                case "--requests-per-hour":
                    Limits(options).PerHour = Count(args, ref i);
                    break;
                case "--requests-per-day":
                    Limits(options).PerDay = Count(args, ref i);
                    break;
                case "--writes-per-day":
                    Limits(options).WritesPerDay = Count(args, ref i);
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'. Use --port N, --seed file.json, --no-demo-data, --id-start N, --create-answer record|id, --enforce-limits and the limit options (see --help).");
            }
        }
        return options;
    }

    private static RateLimitOptions Limits(SandboxOptions options) => options.Limits ??= new RateLimitOptions();

    private static double Positive(string[] args, ref int i)
    {
        var option = args[i];
        var text = Value(args, ref i);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value > 0) || double.IsInfinity(value))
            throw new ArgumentException($"{option} takes a number above 0, not '{text}'.");
        return value;
    }

    private static int Count(string[] args, ref int i)
    {
        var option = args[i];
        var text = Value(args, ref i);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            throw new ArgumentException($"{option} takes a whole number, 0 or more, not '{text}'.");
        return value;
    }

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length) throw new ArgumentException($"{args[i]} needs a value.");
        return args[++i];
    }
}
