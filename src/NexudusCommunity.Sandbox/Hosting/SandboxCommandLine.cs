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

    /// <summary>What each option does to the options; one that takes a value reads it from the line.</summary>
    private static readonly Dictionary<string, Action<SandboxOptions, OptionLine>> Options = new(StringComparer.OrdinalIgnoreCase)
    {
        ["--port"] = (o, line) => o.Port = line.Parsed<int>(Whole, n => n <= 65535, "a number from 0 to 65535"),
        ["--seed"] = (o, line) => o.SeedFile = line.Parsed<string>(Existing, _ => true, null),
        ["--parent-pid"] = (o, line) => o.ParentProcessId = line.Parsed<int>(Whole, n => n != 0, "a process id"),
        ["--id-start"] = (o, line) => o.IdStart = line.Parsed<long>(Whole, n => n >= 1 && n <= long.MaxValue / 2, $"a whole number from 1 to {long.MaxValue / 2}"),
        ["--no-demo-data"] = (o, _) => o.SeedDemoData = false,
        ["--create-answer"] = (o, line) => o.CreateAnswer = line.Parsed<CreateAnswer>(AnswerForm, _ => true, "record or id"),
        ["--enforce-limits"] = (o, _) => Limits(o),
        ["--time-scale"] = (o, line) => Limits(o).Scale = Positive(line),
        ["--hour-window"] = (o, line) => Limits(o).HourWindowSeconds = Positive(line),
        ["--day-window"] = (o, line) => Limits(o).DayWindowSeconds = Positive(line),
        ["--requests-per-hour"] = (o, line) => Limits(o).PerHour = Count(line),
        ["--requests-per-day"] = (o, line) => Limits(o).PerDay = Count(line),
        ["--writes-per-day"] = (o, line) => Limits(o).WritesPerDay = Count(line),
    };

    public static SandboxOptions Parse(string[] args)
    {
        var options = new SandboxOptions();
        var line = new OptionLine(args);
        while (line.MoveNext())
        {
            if (!Options.TryGetValue(line.Option, out var apply))
                throw new ArgumentException($"Unknown argument '{line.Option}'. Use --port N, --seed file.json, --no-demo-data, --id-start N, --create-answer record|id, --enforce-limits and the limit options (see --help).");
            apply(options, line);
        }
        return options;
    }

    private static RateLimitOptions Limits(SandboxOptions options) => options.Limits ??= new RateLimitOptions();

    private static double Positive(OptionLine line) => line.Parsed<double>(Number, n => n > 0 && !double.IsInfinity(n), "a number above 0");

    private static int Count(OptionLine line) => line.Parsed<int>(Whole, _ => true, "a whole number, 0 or more");

    private static bool Existing(string text, out string file) => File.Exists(file = text);

    private static bool Whole(string text, out int value) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool Whole(string text, out long value) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool Number(string text, out double value) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool AnswerForm(string text, out CreateAnswer form)
    {
        var known = text.ToLowerInvariant() switch { "record" => CreateAnswer.Record, "id" or "idonly" => CreateAnswer.IdOnly, _ => (CreateAnswer?)null };
        form = known.GetValueOrDefault();
        return known.HasValue;
    }

    private delegate bool TryParse<T>(string text, out T value);

    /// <summary>The arguments, read one option at a time; an option's value is the argument after it.</summary>
    private sealed class OptionLine(string[] args)
    {
        private int _at = -1;

        public string Option => args[_at];

        public bool MoveNext() => ++_at < args.Length;

        /// <summary>
        /// The option's value, parsed and checked; a refusal names the option and says what it takes (null: a file,
        /// refused with its full path).
        /// </summary>
        public T Parsed<T>(TryParse<T> parse, Func<T, bool> fits, string takes)
        {
            var option = Option;
            if (_at + 1 >= args.Length) throw new ArgumentException($"{option} needs a value.");
            var text = args[++_at];
            if (parse(text, out var value) && fits(value)) return value;
            throw new ArgumentException(takes == null ? $"{option}: no file '{Path.GetFullPath(text)}'." : $"{option} takes {takes}, not '{text}'.");
        }
    }
}
