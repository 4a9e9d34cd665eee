using System.Threading;
using NexudusCommunity.Api;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// A progress bar, counting down, while an API call waits a second or more (pacing to an hourly budget, a
    /// throttling answer), so a long pause never looks like a hang. The wait is announced from the call's thread;
    /// the bar is drawn on the pipeline thread, the only one that may write progress.
    /// </summary>
    internal sealed class WaitProgress
    {
        private readonly ProgressReporter _reporter;
        private ApiWait _current;
        private ApiWait _shown;
        private int _shownSeconds = -1;

        public WaitProgress(PSCmdlet cmdlet) => _reporter = new ProgressReporter(cmdlet, "Waiting for the Nexudus API");

        /// <summary>From any thread.</summary>
        public void Announce(ApiWait wait) => Volatile.Write(ref _current, wait);

        /// <summary>On the pipeline thread, as often as convenient: redraws when the whole seconds left change.</summary>
        public void Update()
        {
            var wait = Volatile.Read(ref _current);
            if (wait == null) return;
            var left = wait.Until - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                Interlocked.CompareExchange(ref _current, null, wait);
                Complete();
                return;
            }
            var seconds = (int)Math.Ceiling(left.TotalSeconds);
            if (ReferenceEquals(wait, _shown) && seconds == _shownSeconds) return;
            _shown = wait;
            _shownSeconds = seconds;
            var percent = (int)(100 * (1 - left.TotalMilliseconds / Math.Max(1, wait.Length.TotalMilliseconds)));
            _reporter.Show(wait.Reason, percent, secondsRemaining: seconds);
        }

        public void Complete()
        {
            if (_shown == null) return;
            _reporter.Complete();
            _shown = null;
            _shownSeconds = -1;
        }
    }
}
