using System.Diagnostics;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// Progress for a pipeline of writes (New/Set/Remove over many records): shown once the job has taken more
    /// than a moment, counting records done; a pipeline's length is not known ahead, so there is no percentage.
    /// </summary>
    internal sealed class BulkProgress
    {
        private const long MomentMs = 2000;
        private readonly ProgressReporter _reporter;
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private int _done;

        public BulkProgress(PSCmdlet cmdlet, string activity) => _reporter = new ProgressReporter(cmdlet, activity);

        public void RecordDone(string current)
        {
            _done++;
            if (_watch.ElapsedMilliseconds >= MomentMs) _reporter.Show($"{_done} done", currentOperation: current);
        }

        public void Complete() => _reporter.Complete();
    }
}
