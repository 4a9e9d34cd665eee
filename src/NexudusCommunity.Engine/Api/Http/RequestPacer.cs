using System.Diagnostics;
using NexudusCommunity.Api.Errors;

namespace NexudusCommunity.Api.Http
{
    /// <summary>
    /// Keeps one connection's requests within its rate limits, across every thread and runspace that uses it.
    /// Requests pass one at a time through a gate, which stays shut until the request just sent has been answered
    /// (or a long cap passes), and the next one leaves no sooner than the minimum interval after that answer.
    /// The server counts arrivals, which trail sends by delays the client cannot see (a stalled thread, a new
    /// socket); a request always arrives before it is answered, so spacing from the answer can never bunch two
    /// arrivals, whatever the delays. The per-minute limits cap throughput far below what this order allows.
    /// Every published budget (per minute, hour and day; all requests or writes only) is a sliding window over
    /// the answers (<see cref="RollingCount"/>): a request that would overfill one waits until enough of the
    /// window's oldest have aged out, except that a spent daily budget fails the request unsent (see
    /// <see cref="ThrowIfDailyBudgetSpent"/>). The budgets count this connection's requests only.
    /// </summary>
    public sealed class RequestPacer
    {
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
        private readonly List<CountedBudget> _budgets;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan? _lastSend;
        private TimeSpan? _lastAnswer;
        private bool _pendingIsWrite;
        private long _waitedTicks;

        public RequestPacer(RateLimitPolicy policy)
        {
            Policy = policy ?? RateLimitPolicy.Published;
            _budgets = Policy.Budgets.FindAll(b => b.Limit > 0).ConvertAll(b => new CountedBudget(b));
        }

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
                ThrowIfDailyBudgetSpent(isWrite, asked);
                var sendAt = NextSendAt(isWrite, out var reason);
                if (sendAt - asked >= ApiWait.WorthShowing)
                    ApiTrace.Waiting(new ApiWait($"Pacing: waiting {Durations.Describe(sendAt - asked)} to stay within {reason}", sendAt - asked));
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
            foreach (var budget in _budgets)
                if (budget.Rule.Applies(_pendingIsWrite)) budget.Sent.Add(at);
        }

        private TimeSpan NextSendAt(bool isWrite, out string reason)
        {
            var now = _clock.Elapsed;
            var at = now;
            reason = $"{Policy.MinInterval.TotalMilliseconds:0} ms between requests";
            if (Policy.MinInterval > TimeSpan.Zero && _lastSend.HasValue)
                at = Max(at, _lastAnswer.HasValue
                    ? _lastAnswer.Value + Policy.MinInterval + AnswerMargin
                    : _lastSend.Value + Policy.MinInterval + Policy.SafetyMargin); // unanswered: all we know is when it left
            foreach (var budget in _budgets)
            {
                if (!budget.Rule.Applies(isWrite)) continue;
                var free = budget.Sent.NextFreeAt(budget.Rule.Limit, now);
                if (free == now) continue;
                free += AnswerMargin;
                if (free <= at) continue;
                at = free;
                reason = budget.Rule.ToString();
            }
            return at;
        }

        /// <summary>
        /// A spent daily budget renews over hours: waiting for it is never what a script means, so the request
        /// fails before it is sent, saying when the budget renews. (Other budgets make the request wait.)
        /// </summary>
        private void ThrowIfDailyBudgetSpent(bool isWrite, TimeSpan now)
        {
            foreach (var budget in _budgets)
            {
                if (!budget.Rule.StopsWhenSpent || !budget.Rule.Applies(isWrite)) continue;
                var free = budget.Sent.NextFreeAt(budget.Rule.Limit, now);
                if (free == now) continue;
                var wallNow = DateTimeOffset.Now;
                var spent = new SpentBudget(budget.Rule.Counts, budget.Rule.Limit, budget.Rule.Window, budget.Sent.CountAt(now),
                    wallNow + (free + AnswerMargin - now), wallNow + (budget.Sent.EmptyAt(now) - now));
                throw new NexudusApiException(ApiErrorKind.BudgetSpent,
                    $"not sent: the budget of {spent} is spent ({spent.Used} sent in the last {Durations.Describe(spent.Window)} by this connection). " +
                    $"It renews from {Timestamp(spent.RenewsFrom)} (in {Durations.Describe(spent.RenewsFrom - wallNow)}) as the earliest of them age out, " +
                    $"fully by {Timestamp(spent.RenewsFully)}.")
                {
                    SpentBudget = spent,
                };
            }
        }

        private static string Timestamp(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture);

        private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

        /// <summary>A budget and this connection's sends it counts.</summary>
        private sealed class CountedBudget
        {
            public CountedBudget(BudgetRule rule)
            {
                Rule = rule;
                Sent = new RollingCount(rule.Window);
            }

            public BudgetRule Rule { get; }
            public RollingCount Sent { get; }
        }
    }
}
