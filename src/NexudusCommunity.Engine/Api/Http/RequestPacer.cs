using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace NexudusCommunity.Api.Http
{
    /// <summary>
    /// Keeps one connection's requests within its rate limits, across every thread and runspace that uses it.
    /// Requests pass one at a time through a gate, which stays shut until the request just sent has been answered
    /// (or a long cap passes), and the next one leaves no sooner than the minimum interval after that answer.
    /// The server counts arrivals, which trail sends by delays the client cannot see (a stalled thread, a new
    /// socket); a request always arrives before it is answered, so spacing from the answer can never bunch two
    /// arrivals, whatever the delays. The per-minute limits cap throughput far below what this order allows.
    /// </summary>
    public sealed class RequestPacer
    {
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
        private readonly Queue<TimeSpan> _requests = new Queue<TimeSpan>();
        private readonly Queue<TimeSpan> _writes = new Queue<TimeSpan>();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan? _lastSend;
        private TimeSpan? _lastAnswer;
        private bool _pendingIsWrite;
        private long _waitedTicks;

        public RequestPacer(RateLimitPolicy policy) => Policy = policy ?? RateLimitPolicy.Published;

        public RateLimitPolicy Policy { get; }

        /// <summary>Total time callers have spent waiting at the gate for a slot.</summary>
        public TimeSpan TotalWaited => TimeSpan.FromTicks(Interlocked.Read(ref _waitedTicks));

        /// <summary>
        /// Waits for this request's turn. Dispose the result once the response has arrived (or the request failed):
        /// that opens the gate for the next one.
        /// </summary>
        public async Task<IDisposable> WaitForSlotAsync(bool isWrite, CancellationToken cancellationToken)
        {
            if (Policy.IsUnlimited) return NoTurn.Instance;
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var asked = _clock.Elapsed;
                var sendAt = NextSendAt(isWrite);
                if (sendAt - asked >= TimeSpan.FromSeconds(1))
                    ApiTrace.Write($"Pacing: waiting {(sendAt - asked).TotalSeconds:0.0} s to stay within {Policy}.");
                await WaitUntilAsync(sendAt, cancellationToken).ConfigureAwait(false);
                var sent = _clock.Elapsed;
                Interlocked.Add(ref _waitedTicks, (sent - asked).Ticks);
                _lastSend = sent;
                _lastAnswer = null;
                _pendingIsWrite = isWrite;
            }
            catch
            {
                _gate.Release();
                throw;
            }
            return new Turn(this);
        }

        /// <summary>
        /// Waits until the stopwatch reads <paramref name="target"/>. Task.Delay runs on the runtime's coarse tick
        /// count (about 4 ms steps on Linux), so one delay can end a tick early by this clock: a request sent then
        /// breaks the minimum interval. Delays repeat until the precise clock agrees.
        /// </summary>
        private async Task WaitUntilAsync(TimeSpan target, CancellationToken cancellationToken)
        {
            TimeSpan remaining;
            while ((remaining = target - _clock.Elapsed) > TimeSpan.Zero)
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(remaining.TotalMilliseconds)), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>How long a slow answer may hold the gate: beyond it, spacing by send time alone takes over.</summary>
        private static readonly TimeSpan HoldCap = TimeSpan.FromSeconds(30);

        /// <summary>Clock granularity between our stopwatch and the server's; spacing from an answer needs no more.</summary>
        private static readonly TimeSpan AnswerMargin = TimeSpan.FromMilliseconds(2);

        private sealed class Turn : IDisposable
        {
            private readonly RequestPacer _pacer;
            private readonly CancellationTokenSource _cap;
            private int _released;

            public Turn(RequestPacer pacer)
            {
                _pacer = pacer;
                _cap = new CancellationTokenSource(HoldCap);
                _cap.Token.Register(() => Release(answered: false));
            }

            public void Dispose()
            {
                Release(answered: true);
                _cap.Dispose();
            }

            private void Release(bool answered)
            {
                if (Interlocked.Exchange(ref _released, 1) != 0) return;
                _pacer.Settle(answered);
                _pacer._gate.Release();
            }
        }

        private sealed class NoTurn : IDisposable
        {
            public static readonly NoTurn Instance = new NoTurn();
            public void Dispose() { }
        }

        /// <summary>
        /// Counts the request that held the gate in the windows, at the time it was answered when it was: it
        /// reached the server by then, so a window measured from the answer can only be wider on the server.
        /// </summary>
        private void Settle(bool answered)
        {
            var at = answered ? _clock.Elapsed : _lastSend ?? _clock.Elapsed;
            if (answered) _lastAnswer = at;
            Record(_requests, Policy.RequestsPerWindow, at);
            if (_pendingIsWrite) Record(_writes, Policy.WritesPerWindow, at);
        }

        private TimeSpan NextSendAt(bool isWrite)
        {
            var at = _clock.Elapsed;
            if (Policy.MinInterval > TimeSpan.Zero && _lastSend.HasValue)
                at = Max(at, _lastAnswer.HasValue
                    ? _lastAnswer.Value + Policy.MinInterval + AnswerMargin
                    : _lastSend.Value + Policy.MinInterval + Policy.SafetyMargin); // unanswered: all we know is when it left
            at = Max(at, EarliestInWindow(_requests, Policy.RequestsPerWindow, at));
            if (isWrite) at = Max(at, EarliestInWindow(_writes, Policy.WritesPerWindow, at));
            return at;
        }

        /// <summary>The queue holds the last <paramref name="limit"/> sends; with it full, the next must wait for the oldest to age out.</summary>
        private TimeSpan EarliestInWindow(Queue<TimeSpan> sends, int limit, TimeSpan now)
        {
            if (limit <= 0 || sends.Count < limit) return now;
            return sends.Peek() + Policy.Window + AnswerMargin;
        }

        private static void Record(Queue<TimeSpan> sends, int limit, TimeSpan sentAt)
        {
            if (limit <= 0) return;
            sends.Enqueue(sentAt);
            while (sends.Count > limit) sends.Dequeue();
        }

        private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
    }
}
