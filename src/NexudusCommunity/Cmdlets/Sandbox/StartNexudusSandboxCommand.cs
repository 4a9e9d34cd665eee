using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using NexudusCommunity.Api.Auth;

namespace NexudusCommunity.Cmdlets.Sandbox
{
    /// <summary>
    /// Starts the local API sandbox in a process of its own, holding only a fixture's data (or the demo data), on a
    /// free loopback port, and returns once it answers. The sandbox ends with this PowerShell (--parent-pid).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "NexudusSandbox")]
    [OutputType(typeof(NexudusSandbox))]
    public sealed class StartNexudusSandboxCommand : PSCmdlet
    {
        private static readonly Regex Listening = new Regex(@"listening on (http://\S+)", RegexOptions.CultureInvariant);
        private static readonly Regex UserLine = new Regex(@"^\s+(\S+@\S+) / (\S+) : every role\s*$", RegexOptions.CultureInvariant);
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private Process _starting;

        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Seed { get; set; }

        [Parameter]
        [ValidateRange(0, 65535)]
        public int Port { get; set; }

        [Parameter]
        public SwitchParameter NoDemoData { get; set; }

        [Parameter]
        public SwitchParameter EnforceLimits { get; set; }

        [Parameter]
        [ValidateRange(0.001, 1e6)]
        public double TimeScale { get; set; }

        [Parameter]
        [ValidateRange(0.001, 1e9)]
        public double HourWindow { get; set; }

        [Parameter]
        [ValidateRange(0.001, 1e9)]
        public double DayWindow { get; set; }

        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int RequestsPerHour { get; set; } = -1;

        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int RequestsPerDay { get; set; } = -1;

        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int WritesPerDay { get; set; } = -1;

        [Parameter]
        [ValidateNotNull]
        public string[] ArgumentList { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; }

        [Parameter]
        [ValidateRange(1, 600)]
        public int TimeoutSeconds { get; set; } = 60;

        protected override void EndProcessing()
        {
            SandboxProgram program;
            string seed = null;
            try
            {
                program = SandboxProgram.Find(string.IsNullOrEmpty(Path) ? null : GetUnresolvedProviderPathFromPSPath(Path));
                if (Seed != null)
                {
                    seed = GetUnresolvedProviderPathFromPSPath(Seed);
                    if (!File.Exists(seed)) throw new FileNotFoundException($"-Seed: there is no fixture file '{seed}'.");
                }
            }
            catch (FileNotFoundException e)
            {
                ThrowTerminatingError(new ErrorRecord(e, "SandboxNotFound", ErrorCategory.ObjectNotFound, Seed != null && e.Message.StartsWith("-Seed") ? Seed : Path));
                return;
            }

            var arguments = program.Arguments(Options(seed));
            WriteVerbose($"Starting the sandbox: {program.FileName} {arguments}");
            var startInfo = new ProcessStartInfo(program.FileName, arguments)
            {
                UseShellExecute = false,
                CreateNoWindow = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = SessionState.Path.CurrentFileSystemLocation.ProviderPath,
            };
            startInfo.EnvironmentVariables["DOTNET_NOLOGO"] = "1";
            startInfo.EnvironmentVariables["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

            var lines = new BlockingCollection<string>();
            var errors = new ConcurrentQueue<string>();
            var process = new Process { StartInfo = startInfo };
            // Both streams are read to the end in the background, so a sandbox that writes a lot never blocks on a full pipe.
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data == null) lines.CompleteAdding();
                else if (!lines.IsAddingCompleted) lines.TryAddUnlessCompleted(e.Data);
            };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null && errors.Count < 50) errors.Enqueue(e.Data); };
            try
            {
                process.Start();
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception || e is InvalidOperationException)
            {
                ThrowTerminatingError(new ErrorRecord(new InvalidOperationException($"The sandbox ({program.Shown}) could not be started: {e.Message}", e),
                    "SandboxStartFailed", ErrorCategory.OpenError, program.Shown));
                return;
            }
            _starting = process;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            NexudusSandbox sandbox = null;
            try
            {
                sandbox = WaitUntilItAnswers(process, program, seed, lines, errors);
            }
            finally
            {
                _starting = null;
                if (sandbox == null) Kill(process);
                // Read on so the pipe stays drained; the lines are no longer kept.
                lines.CompleteAdding();
            }
            WriteVerbose($"Sandbox listening on {sandbox.BaseUri} (process {process.Id}, {program.Shown}).");
            WriteObject(sandbox);
        }

        protected override void StopProcessing()
        {
            _stopping.Cancel();
            var process = _starting;
            if (process != null) Kill(process);
        }

        private IEnumerable<string> Options(string seed)
        {
            yield return "--port";
            yield return Port.ToString(CultureInfo.InvariantCulture);
            yield return "--parent-pid";
            yield return Process.GetCurrentProcess().Id.ToString(CultureInfo.InvariantCulture);
            if (seed != null || NoDemoData) yield return "--no-demo-data";
            if (seed != null)
            {
                yield return "--seed";
                yield return seed;
            }
            if (EnforceLimits) yield return "--enforce-limits";
            foreach (var (option, value) in new[] { ("--time-scale", TimeScale), ("--hour-window", HourWindow), ("--day-window", DayWindow) })
            {
                if (value <= 0) continue;
                yield return option;
                yield return value.ToString("R", CultureInfo.InvariantCulture);
            }
            foreach (var (option, value) in new[] { ("--requests-per-hour", RequestsPerHour), ("--requests-per-day", RequestsPerDay), ("--writes-per-day", WritesPerDay) })
            {
                if (value < 0) continue;
                yield return option;
                yield return value.ToString(CultureInfo.InvariantCulture);
            }
            foreach (var argument in ArgumentList ?? new string[0]) yield return argument;
        }

        /// <summary>Reads the sandbox's first lines (its address and users), then asks it once over HTTP.</summary>
        private NexudusSandbox WaitUntilItAnswers(Process process, SandboxProgram program, string seed, BlockingCollection<string> lines, ConcurrentQueue<string> errors)
        {
            var deadline = DateTime.UtcNow.AddSeconds(TimeoutSeconds);
            var said = new List<string>();
            Uri baseUri = null;
            PSCredential admin = null;
            while (true)
            {
                var left = deadline - DateTime.UtcNow;
                string line = null;
                var got = left > TimeSpan.Zero && !lines.IsCompleted && TryTake(lines, left, out line);
                if (!got || line == null) break;
                said.Add(line);
                var listening = Listening.Match(line);
                if (listening.Success) baseUri = new Uri(listening.Groups[1].Value);
                var user = UserLine.Match(line);
                if (user.Success && admin == null) admin = new PSCredential(user.Groups[1].Value, SecureStrings.Protect(user.Groups[2].Value));
                if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal)) break;
            }

            if (baseUri != null && admin != null && Answers(baseUri, deadline))
                return new NexudusSandbox(baseUri, admin, process, program.Shown, seed);

            _stopping.Token.ThrowIfCancellationRequested();
            // Its output ended: it is exiting (give it the moment that takes).
            var exited = process.WaitForExit(lines.IsCompleted ? 5000 : 0);
            if (exited) process.WaitForExit(); // the streams' last lines
            var why = exited ? $"ended with exit code {process.ExitCode} before it answered"
                : baseUri == null ? $"did not say where it listens within {TimeoutSeconds} s"
                : $"did not answer at {baseUri} within {TimeoutSeconds} s";
            var output = string.Join(Environment.NewLine, said.Concat(errors)).Trim();
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException($"The sandbox ({program.Shown}) {why}.{(output.Length > 0 ? " It said:" + Environment.NewLine + output : "")}"),
                "SandboxStartFailed", ErrorCategory.OpenError, program.Shown));
            return null;
        }

        private bool TryTake(BlockingCollection<string> lines, TimeSpan wait, out string line)
        {
            try
            {
                return lines.TryTake(out line, (int)Math.Min(wait.TotalMilliseconds, int.MaxValue), _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                line = null;
                return false;
            }
        }

        /// <summary>The sandbox answers its control endpoint (no proxy: it listens on loopback only).</summary>
        private bool Answers(Uri baseUri, DateTime deadline)
        {
            using (var handler = new HttpClientHandler { UseProxy = false })
            using (var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) })
            {
                while (DateTime.UtcNow < deadline && !_stopping.IsCancellationRequested)
                {
                    try
                    {
                        using (var answer = client.GetAsync(new Uri(baseUri, "_sandbox/stats"), _stopping.Token).GetAwaiter().GetResult())
                            if (answer.IsSuccessStatusCode) return true;
                    }
                    catch (Exception e) when (e is HttpRequestException || e is OperationCanceledException)
                    {
                        // not yet
                    }
                    _stopping.Token.WaitHandle.WaitOne(100);
                }
                return false;
            }
        }

        internal static void Kill(Process process)
        {
            try
            {
                if (!process.HasExited) process.Kill();
                process.WaitForExit(15000);
            }
            catch (InvalidOperationException)
            {
                // already gone
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // exiting already
            }
        }
    }
}
