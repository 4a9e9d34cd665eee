using NexudusCommunity.Models;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// New-, Set- and Remove-X: one progress bar over all the records the pipeline brings (shown once a run lasts),
    /// completed at the end.
    /// </summary>
    public abstract class RecordWriteCmdlet<T> : EntityCmdlet<T> where T : NexudusRecord
    {
        /// <summary>The parameter sets of Set- and Remove-X: a record by -Id, or piped in.</summary>
        protected const string ByIdSet = "ById";
        protected const string InputObjectSet = "InputObject";

        private BulkProgress _progress;

        /// <summary>What the progress bar says is done to the records: "Creating", "Updating", "Removing".</summary>
        protected abstract string Doing { get; }

        private protected BulkProgress Progress => _progress ?? (_progress = new BulkProgress(this, $"{Doing} {Spec.Name} records"));

        protected override void EndProcessing() => _progress?.Complete();
    }
}
