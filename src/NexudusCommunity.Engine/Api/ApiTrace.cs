namespace NexudusCommunity.Api
{
    /// <summary>
    /// Where the HTTP layer reports what it does (requests, waits, retries). The caller installs a sink for the
    /// duration of one call; it flows with the async context, so concurrent callers each see only their own lines.
    /// Messages never contain headers, bodies or secrets.
    /// </summary>
    public static class ApiTrace
    {
        private static readonly AsyncLocal<Action<string>> CurrentSink = new AsyncLocal<Action<string>>();
        private static readonly AsyncLocal<Action<ApiWait>> CurrentWaitSink = new AsyncLocal<Action<ApiWait>>();

        /// <param name="sink">Trace lines.</param>
        /// <param name="waits">Waits of a second or more (pacing, throttling), for a progress display; optional.</param>
        public static IDisposable Use(Action<string> sink, Action<ApiWait> waits = null)
        {
            var restore = new Restore(CurrentSink.Value, CurrentWaitSink.Value);
            CurrentSink.Value = sink;
            CurrentWaitSink.Value = waits;
            return restore;
        }

        public static void Write(string message) => CurrentSink.Value?.Invoke(message);

        /// <summary>Announces a wait that is about to start (written to the trace as well).</summary>
        public static void Waiting(ApiWait wait)
        {
            Write(wait.Reason + ".");
            CurrentWaitSink.Value?.Invoke(wait);
        }

        private sealed class Restore : IDisposable
        {
            private readonly Action<string> _previous;
            private readonly Action<ApiWait> _previousWaits;

            public Restore(Action<string> previous, Action<ApiWait> previousWaits)
            {
                _previous = previous;
                _previousWaits = previousWaits;
            }

            public void Dispose()
            {
                CurrentSink.Value = _previous;
                CurrentWaitSink.Value = _previousWaits;
            }
        }
    }
}
