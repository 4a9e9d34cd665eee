using System.Diagnostics;
using System.Management.Automation;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// Progress for a pipeline of writes (New/Set/Remove/Invoke over many records): shown once the job has taken
    /// more than a moment, counting records done; a pipeline's length is not known ahead, so there is no percentage.
    /// </summary>
    internal sealed class BulkProgress
    {
        private static readonly long MomentMs = 2000;
        private readonly PSCmdlet _cmdlet;
        private readonly string _activity;
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly int _activityId;
        private int _done;
        private bool _shown;

        public BulkProgress(PSCmdlet cmdlet, string activity)
        {
            _cmdlet = cmdlet;
            _activity = activity;
            _activityId = (activity.GetHashCode() & 0x7fffffff) % 100000 + 1;
        }

        public void RecordDone(string current)
        {
            _done++;
            if (_watch.ElapsedMilliseconds < MomentMs || _cmdlet.Host?.UI == null) return;
            _shown = true;
            _cmdlet.WriteProgress(new ProgressRecord(_activityId, _activity, $"{_done} done") { CurrentOperation = current });
        }

        public void Complete()
        {
            if (_shown && _cmdlet.Host?.UI != null)
                _cmdlet.WriteProgress(new ProgressRecord(_activityId, _activity, $"{_done} done") { RecordType = ProgressRecordType.Completed });
        }
    }
}
