using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using NexudusCommunity.Api;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Connection;

namespace NexudusCommunity.Cmdlets.Base
{
    /// <summary>
    /// What every API cmdlet shares: -Connection (or the runspace's default), running async API calls on the
    /// pipeline thread while relaying their trace to -Verbose, Ctrl+C cancellation, and error records.
    /// </summary>
    public abstract class NexudusCmdlet : PSCmdlet
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private NexudusConnection _activeConnection;

        /// <summary>
        /// The connection to use; defaults to the last Connect-Nexudus in this runspace. An explicit $null (a failed
        /// Connect in a script) is refused rather than quietly falling back to another account's connection.
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        public NexudusConnection Connection { get; set; }

        protected CancellationToken Cancellation => _stopping.Token;

        protected internal NexudusConnection ActiveConnection => _activeConnection ?? (_activeConnection = ResolveConnection());

        protected override void StopProcessing() => _stopping.Cancel();

        private NexudusConnection ResolveConnection()
        {
            var connection = Connection ?? ConnectionRegistry.Current;
            if (connection == null || connection.IsDisposed)
                ThrowTerminatingError(new ErrorRecord(
                    new InvalidOperationException("Not connected to Nexudus: run Connect-Nexudus first, or pass -Connection."),
                    "NexudusNotConnected", ErrorCategory.ConnectionError, null));
            return connection;
        }

        /// <summary>
        /// Runs an API call and waits for it here, on the pipeline thread, because only this thread may write to
        /// the pipeline; trace lines the call produces meanwhile are relayed to the verbose stream as they come.
        /// </summary>
        protected internal T Run<T>(Func<CancellationToken, Task<T>> call)
        {
            var trace = new ConcurrentQueue<string>();
            Task<T> task;
            using (ApiTrace.Use(trace.Enqueue))
                task = Task.Run(() => call(Cancellation));
            // Wait on the handle, not task.Wait(): that throws AggregateException and hides the real error.
            var handle = ((IAsyncResult)task).AsyncWaitHandle;
            while (!task.IsCompleted)
            {
                handle.WaitOne(25);
                Drain(trace);
            }
            Drain(trace);
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
        /// of the pipeline goes on (and -ErrorAction Stop still stops it).
        /// </summary>
        protected bool TryRecord(object target, Action work)
        {
            try
            {
                work();
                return true;
            }
            catch (AggregateException ex) when (ex.GetBaseException() is NexudusApiException api)
            {
                WriteError(ErrorRecords.From(api, target));
            }
            catch (NexudusApiException ex)
            {
                WriteError(ErrorRecords.From(ex, target));
            }
            catch (ParameterException ex)
            {
                WriteError(ErrorRecords.InvalidArgument(ex.Parameter, ex.Message, target));
            }
            return false;
        }

        /// <summary>A bad value found while processing one record: names the parameter, stops only that record.</summary>
        protected static ParameterException BadArgument(string parameter, string message) => new ParameterException(parameter, message);

        protected bool IsBound(string parameterName) => MyInvocation.BoundParameters.ContainsKey(parameterName);

        /// <summary>-Force skips the confirmation prompt, but never -WhatIf.</summary>
        protected bool Confirm(bool force, string target, string action) =>
            force && !IsBound("WhatIf") ? true : ShouldProcess(target, action);

        protected int ResolveBusinessId(int? given)
        {
            if (given.HasValue) return given.Value;
            if (ActiveConnection.BusinessId.HasValue) return ActiveConnection.BusinessId.Value;
            throw BadArgument("BusinessId",
                "BusinessId: no -BusinessId was given and the connection has no default business. Pass -BusinessId, or connect with Connect-Nexudus -BusinessId (Get-NexudusBusiness lists them).");
        }
    }
}
