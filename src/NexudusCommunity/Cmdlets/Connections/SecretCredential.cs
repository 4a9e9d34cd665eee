using System.Threading;

namespace NexudusCommunity.Cmdlets.Connections
{
    /// <summary>
    /// Reads a sign-in credential from a Microsoft.PowerShell.SecretManagement vault. Get-Secret runs as a command of
    /// its own (a nested pipeline in the caller's runspace), never as script text in the caller's scope: the caller's
    /// variables are neither read nor written, and it works the same from a script, a function, a module,
    /// ForEach-Object -Parallel or a thread job.
    /// </summary>
    internal sealed class SecretCredential
    {
        private const string SecretManagement = "Microsoft.PowerShell.SecretManagement";

        /// <summary>
        /// SecretManagement 1.1 reads every vault through one runspace shared by the whole process, which refuses a
        /// second pipeline while one runs ("Unable to get secret information from vault"; PowerShell/SecretManagement
        /// issue 188). Reads from parallel runspaces therefore take turns.
        /// </summary>
        private static readonly SemaphoreSlim OneReadAtATime = new SemaphoreSlim(1, 1);

        private readonly string _secretName;
        private readonly string _vault;
        private readonly CommandInvocationIntrinsics _commands;
        private readonly Action<string> _verbose;
        private readonly CancellationToken _cancellation;

        /// <param name="secretName">The secret to read.</param>
        /// <param name="vault">The one vault to read it from; null searches the registered vaults as Get-Secret does.</param>
        /// <param name="commands">The calling cmdlet's InvokeCommand, to find (and auto-load) SecretManagement.</param>
        /// <param name="verbose">Where to say which secret and vault are read (never a value).</param>
        /// <param name="cancellation">Ctrl+C while waiting for another runspace's read.</param>
        public SecretCredential(string secretName, string vault, CommandInvocationIntrinsics commands, Action<string> verbose, CancellationToken cancellation)
        {
            _secretName = secretName;
            _vault = vault;
            _commands = commands;
            _verbose = verbose;
            _cancellation = cancellation;
        }

        /// <summary>The credential, or false and the error that says what is wrong and how to put it right.</summary>
        public bool TryRead(out PSCredential credential, out ErrorRecord failure)
        {
            credential = null;
            if (_commands.GetCommand(SecretManagement + "\\Get-Secret", CommandTypes.Cmdlet | CommandTypes.Function) == null)
            {
                failure = SecretErrors.SecretManagementMissing(_secretName);
                return false;
            }
            try
            {
                OneReadAtATime.Wait(_cancellation);
            }
            catch (OperationCanceledException)
            {
                throw new PipelineStoppedException();
            }
            try
            {
                return TryReadInTurn(out credential, out failure);
            }
            finally
            {
                OneReadAtATime.Release();
            }
        }

        private bool TryReadInTurn(out PSCredential credential, out ErrorRecord failure)
        {
            credential = null;
            List<RegisteredVault> registered;
            try
            {
                registered = RegisteredVaults();
            }
            catch (RuntimeException ex)
            {
                failure = SecretErrors.VaultsUnlisted(_secretName, ex);
                return false;
            }
            List<RegisteredVault> searched;
            if (_vault != null)
            {
                searched = new List<RegisteredVault> { registered.FirstOrDefault(v => string.Equals(v.Name, _vault, StringComparison.OrdinalIgnoreCase)) ?? new RegisteredVault(_vault, null, false) };
                _verbose($"Reading the secret '{_secretName}' from the SecretManagement vault '{_vault}'.");
            }
            else
            {
                searched = registered;
                if (searched.Count == 0)
                {
                    failure = SecretErrors.NoVaultRegistered(_secretName);
                    return false;
                }
                _verbose(searched.Count == 1
                    ? $"Reading the secret '{_secretName}' from the SecretManagement vault {RegisteredVault.Describe(searched)}."
                    : $"Reading the secret '{_secretName}' from the SecretManagement vaults {RegisteredVault.Describe(searched)}, in that order.");
            }

            foreach (var vault in searched)
            {
                var answer = GetSecret(vault.Name);
                if (answer.Value != null)
                {
                    _verbose($"Read the secret '{_secretName}' from the vault '{vault.Name}'.");
                    return CredentialFromSecretValue.TryConvert(answer.Value, _secretName, vault.Name, out credential, out failure);
                }
                if (answer.Error == null || IsSecretNotFound(answer.Error)) continue;
                // A vault that cannot be read may hold the secret: going on to a secret of the same name in a later
                // vault could sign in as another account. Get-Secret stops there too (a locked store).
                failure = ErrorFor(answer.Error, vault, registered);
                return false;
            }

            failure = SecretErrors.SecretNotFound(_secretName, _vault, searched);
            return false;
        }

        /// <summary>What the vault's Get-Secret said, in the words of the error it would give a script.</summary>
        private ErrorRecord ErrorFor(ErrorRecord problem, RegisteredVault vault, List<RegisteredVault> registered)
        {
            if (ErrorIdOf(problem) == "GetSecretVaultNotFound") return SecretErrors.VaultNotRegistered(vault.Name, registered);
            if (IsVaultLocked(problem.Exception)) return SecretErrors.VaultLocked(_secretName, vault);
            return SecretErrors.SecretUnreadable(_secretName, vault.Name, problem.Exception);
        }

        /// <summary>The registered vaults in the order Get-Secret searches them: the default first, then by name.</summary>
        private List<RegisteredVault> RegisteredVaults()
        {
            using (var ps = PowerShell.Create(RunspaceMode.CurrentRunspace))
            {
                ps.AddCommand(SecretManagement + "\\Get-SecretVault", true)
                    .AddParameter("ErrorAction", ActionPreference.Continue)
                    .AddParameter("Verbose", false);
                var vaults = ps.Invoke()
                    .Where(o => o != null)
                    .Select(o => new RegisteredVault(
                        TextOf(o.Properties["Name"]?.Value),
                        TextOf(o.Properties["ModuleName"]?.Value),
                        LanguagePrimitives.IsTrue(o.Properties["IsDefault"]?.Value)))
                    .Where(v => !string.IsNullOrEmpty(v.Name))
                    .ToList();
                return vaults.Where(v => v.IsDefault).Concat(vaults.Where(v => !v.IsDefault)).ToList();
            }
        }

        private SecretAnswer GetSecret(string vault)
        {
            using (var ps = PowerShell.Create(RunspaceMode.CurrentRunspace))
            {
                // Continue whatever the caller's preference: errors come back here, in this pipeline's error stream.
                // Verbose off: SecretManagement 1.1.2 writes its verbose line to the host, past any redirection the
                // caller made, and says "successfully retrieved" of a secret it did not find. Ours says what was read.
                ps.AddCommand(SecretManagement + "\\Get-Secret", true)
                    .AddParameter("Name", _secretName)
                    .AddParameter("Vault", vault)
                    .AddParameter("ErrorAction", ActionPreference.Continue)
                    .AddParameter("Verbose", false);
                try
                {
                    var value = ps.Invoke().Select(o => o?.BaseObject).FirstOrDefault(o => o != null);
                    return new SecretAnswer(value, ps.Streams.Error.FirstOrDefault());
                }
                catch (RuntimeException ex)
                {
                    // A terminating error of Get-Secret: an unregistered vault, a locked store.
                    return new SecretAnswer(null, ex.ErrorRecord ?? new ErrorRecord(ex, "GetSecretFailed", ErrorCategory.ReadError, vault));
                }
            }
        }

        private static string TextOf(object value) => (value is PSObject wrapped ? wrapped.BaseObject : value)?.ToString();

        private static string ErrorIdOf(ErrorRecord error) => (error.FullyQualifiedErrorId ?? "").Split(',')[0];

        private static bool IsSecretNotFound(ErrorRecord error) => ErrorIdOf(error) == "GetSecretNotFound";

        /// <summary>SecretManagement's PasswordRequiredException, which vaults (SecretStore) throw while locked.</summary>
        private static bool IsVaultLocked(Exception exception)
        {
            for (var e = exception; e != null; e = e.InnerException)
                if (e.GetType().Name == "PasswordRequiredException") return true;
            return false;
        }

        private sealed class SecretAnswer
        {
            public SecretAnswer(object value, ErrorRecord error)
            {
                Value = value;
                Error = error;
            }

            public object Value { get; }
            public ErrorRecord Error { get; }
        }
    }
}
