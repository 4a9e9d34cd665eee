using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using NexudusCommunity.Api;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Connection;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// What every cmdlet that calls the API shares: running async API calls on the pipeline thread while relaying
    /// their trace to -Verbose, Ctrl+C cancellation, and error records. (<see cref="ConnectedCmdlet"/> adds the
    /// connection to use; Connect-Nexudus makes one, so it has none.)
    /// </summary>
    public abstract class NexudusCmdlet : PSCmdlet
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private int _recordsDone;

        protected CancellationToken Cancellation => _stopping.Token;

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>
        /// Runs an API call and waits for it here, on the pipeline thread, because only this thread may write to
        /// the pipeline; trace lines the call produces meanwhile are relayed to the verbose stream as they come.
        /// </summary>
        protected internal T Run<T>(Func<CancellationToken, Task<T>> call)
        {
            var trace = new ConcurrentQueue<string>();
            var waits = new WaitProgress(this);
            Task<T> task;
            using (ApiTrace.Use(trace.Enqueue, waits.Announce))
                task = Task.Run(() => call(Cancellation));
            // Wait on the handle, not task.Wait(): that throws AggregateException and hides the real error.
            var handle = ((IAsyncResult)task).AsyncWaitHandle;
            while (!task.IsCompleted)
            {
                handle.WaitOne(25);
                Drain(trace);
                waits.Update();
            }
            Drain(trace);
            waits.Complete();
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (Cancellation.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        protected void Run(Func<CancellationToken, Task> call) =>
            Run<bool>(async ct =>
            {
                await call(ct).ConfigureAwait(false);
                return true;
            });

        private void Drain(ConcurrentQueue<string> trace)
        {
            while (trace.TryDequeue(out var line)) WriteVerbose(line);
        }

        /// <summary>
        /// Runs one record's work; an API failure becomes one non-terminating error for that record, so the rest
        /// of the pipeline goes on (and -ErrorAction Stop still stops it). A spent daily budget stops the whole
        /// job instead, saying how many records were done and when the budget renews.
        /// </summary>
        protected bool TryRecord(object target, Action work) => TryRecordAs(() => target, work);

        /// <summary>As above, for work that finds out what it acts on as it goes (a create names its record once built).</summary>
        protected bool TryRecordAs(Func<object> targetOf, Action work)
        {
            try
            {
                work();
                _recordsDone++;
                return true;
            }
            catch (NexudusApiException ex) when (ex.Kind == ApiErrorKind.BudgetSpent)
            {
                // Every record after this one would meet the same spent budget: one error for the job, not one each.
                ThrowTerminatingError(BudgetStop.For(ex, MyInvocation.MyCommand.Name, _recordsDone, targetOf()));
            }
            catch (AggregateException ex) when (ex.GetBaseException() is NexudusApiException api)
            {
                WriteError(ErrorRecords.From(api, targetOf()));
            }
            catch (NexudusApiException ex)
            {
                WriteError(ErrorRecords.From(ex, targetOf()));
            }
            catch (ParameterException ex)
            {
                WriteError(ErrorRecords.InvalidArgument(ex.Parameter, ex.Message, targetOf()));
            }
            return false;
        }

        /// <summary>A bad value found while processing one record: names the parameter, stops only that record.</summary>
        protected static ParameterException BadArgument(string parameter, string message) => new ParameterException(parameter, message);

        protected bool IsBound(string parameterName) => MyInvocation.BoundParameters.ContainsKey(parameterName);

        /// <summary>
        /// The one place every writing cmdlet decides whether to send, by PowerShell's rule as the built-in cmdlets
        /// keep it: a -WhatIf in effect always wins (on the command line, a calling function's or script's -WhatIf,
        /// $WhatIfPreference), so ShouldProcess writes the "What if:" line and nothing is sent; -Force (a parameter
        /// of that name, on any cmdlet) and -Confirm:$false only skip the question; an explicit -Confirm still asks.
        /// </summary>
        protected bool ConfirmWrite(string target, string action) =>
            !WhatIfInEffect && Forced && !IsBound("Confirm") ? true : Approve(target, action);

        /// <summary>-WhatIf as ShouldProcess sees it: given here, or inherited through $WhatIfPreference.</summary>
        protected bool WhatIfInEffect =>
            MyInvocation.BoundParameters.TryGetValue("WhatIf", out var given)
                ? LanguagePrimitives.IsTrue(given)
                : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));

        /// <summary>The cmdlet's -Force, whichever cmdlet declares it, when it means "do not ask" (see <see cref="ForceSkipsQuestion"/>).</summary>
        protected bool Forced => ForceSkipsQuestion && MyInvocation.BoundParameters.TryGetValue("Force", out var force) && LanguagePrimitives.IsTrue(force);

        /// <summary>False for a cmdlet whose -Force means something else (Set-*: overwrite a record changed since it was read).</summary>
        protected virtual bool ForceSkipsQuestion => true;

        /// <summary>
        /// ShouldProcess, except that a prompt this PowerShell cannot show (pwsh -NonInteractive, a job, a runbook)
        /// ends the command saying what was not done and how to run it unattended, instead of the host's bare
        /// "Read and Prompt functionality is not available". Writers call <see cref="ConfirmWrite"/>.
        /// </summary>
        private bool Approve(string target, string action) => Ask(() => ShouldProcess(target, action), target, action);

        /// <summary>Asks the user (ShouldProcess, ShouldContinue); see <see cref="Approve"/> for a PowerShell that cannot ask.</summary>
        protected bool Ask(Func<bool> ask, string target, string action)
        {
            try
            {
                return ask();
            }
            catch (PSInvalidOperationException ex)
            {
                var unattended = GetType().GetProperty("Force") != null && ForceSkipsQuestion ? "-Force or -Confirm:$false" : "-Confirm:$false";
                ThrowTerminatingError(new ErrorRecord(
                    new PSInvalidOperationException(
                        $"{MyInvocation.MyCommand.Name} asks before it does this ({action} on {target}), and this PowerShell cannot ask " +
                        $"(non-interactive: a runbook, a job, pwsh -NonInteractive): nothing was sent. To run it unattended, add {unattended}; " +
                        "-WhatIf lists what it would do.", ex),
                    "ConfirmationNotPossible", ErrorCategory.InvalidOperation, target));
                return false;
            }
        }
    }
}
