namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// One progress activity of a cmdlet. PowerShell itself honours $ProgressPreference; a host without a UI
    /// (a runbook worker, a hosted engine) gets nothing at all.
    /// </summary>
    internal sealed class ProgressReporter
    {
        // Each activity its own id, so two reports in one pipeline (a paged Get piped into a bulk Set) never merge.
        private static int _lastActivityId = 1000;
        private readonly PSCmdlet _cmdlet;
        private readonly string _activity;
        private readonly int _activityId;
        private bool _shown;

        public ProgressReporter(PSCmdlet cmdlet, string activity)
        {
            _cmdlet = cmdlet;
            _activity = activity;
            _activityId = System.Threading.Interlocked.Increment(ref _lastActivityId);
        }

        public bool Shown => _shown;

        public void Show(string status, int? percent = null, string currentOperation = null, int? secondsRemaining = null)
        {
            if (_cmdlet.Host?.UI == null) return;
            _shown = true;
            var record = new ProgressRecord(_activityId, _activity, status) { CurrentOperation = currentOperation };
            if (percent.HasValue) record.PercentComplete = Math.Max(0, Math.Min(100, percent.Value));
            if (secondsRemaining.HasValue) record.SecondsRemaining = Math.Max(0, secondsRemaining.Value);
            _cmdlet.WriteProgress(record);
        }

        public void Complete()
        {
            if (_shown && _cmdlet.Host?.UI != null)
                _cmdlet.WriteProgress(new ProgressRecord(_activityId, _activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }
}
