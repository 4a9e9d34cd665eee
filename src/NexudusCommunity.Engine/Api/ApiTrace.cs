using System;
using System.Threading;

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

        public static IDisposable Use(Action<string> sink)
        {
            var previous = CurrentSink.Value;
            CurrentSink.Value = sink;
            return new Restore(previous);
        }

        public static void Write(string message) => CurrentSink.Value?.Invoke(message);

        private sealed class Restore : IDisposable
        {
            private readonly Action<string> _previous;
            public Restore(Action<string> previous) => _previous = previous;
            public void Dispose() => CurrentSink.Value = _previous;
        }
    }
}
