// Pacing benchmarks against the sandbox: they print figures and ratios against the fastest schedule the limits
// allow; they are never timed unit tests.
//
//   dotnet run -c Release --project bench/NexudusCommunity.Bench [-- --records 300 --scale 10 --explain]
//       N creates within the per-minute limits (time scaled); target >= 90 % of the allowed write rate and 1.0
//       request per create (--create-answer id: the sandbox answers with the Id only, as older pages show: 2.0).
//   dotnet run -c Release --project bench/NexudusCommunity.Bench -- --scenario hour [--hour-seconds 20 --hour-budget 100 --hours 3 --scale 10]
//       a job of several "hours" against an hourly budget with a scaled-down hour: 0 throttled, 95-100 % of the budget per hour.
//   dotnet run -c Release --project bench/NexudusCommunity.Bench -- --scenario day [--day-seconds 60 --writes-per-day 40 --records 60 --scale 10]
//       a job larger than the daily write budget: stops before sending, with one error giving the counts and renewal time.
//   dotnet NexudusCommunity.Bench.dll serve-pages --records N --port P
//       the read benchmark's fast local server (bench/Read-Benchmark.ps1 starts it).
if (args.FirstOrDefault() == "serve-pages") return await NexudusCommunity.Bench.PageServer.RunAsync(Arg("--records", 10000), Arg("--port", 0));
var scenario = Text("--scenario", "minute");
return scenario switch
{
    "minute" => await MinuteLimitsRun.RunAsync(Arg("--records", 300), Arg("--scale", 10), args.Contains("--explain"),
        Text("--create-answer", "record") == "id" ? NexudusCommunity.Sandbox.CreateAnswer.IdOnly : NexudusCommunity.Sandbox.CreateAnswer.Record),
    "hour" => await HourBudgetRun.RunAsync(Arg("--hour-seconds", 20), Arg("--hour-budget", 100), Arg("--hours", 3), Arg("--scale", 10)),
    "day" => await DayBudgetRun.RunAsync(Arg("--day-seconds", 60), Arg("--writes-per-day", 40), Arg("--records", 60), Arg("--scale", 10)),
    _ => Usage(),
};

int Usage()
{
    Console.Error.WriteLine($"--scenario takes minute, hour or day, not '{scenario}'.");
    return 2;
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
}

string Text(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
