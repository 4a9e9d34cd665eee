using System.Collections;
using System.Net;
using System.Security;
using System.Threading.Tasks;
using NexudusCommunity.Api;
using NexudusCommunity.Api.Auth;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Api.Paging;
using NexudusCommunity.Models;
using NexudusCommunity.Api.Errors;
using NexudusCommunity.Cmdlets.Base;
using NexudusCommunity.Cmdlets.Completion;
using NexudusCommunity.Cmdlets.Input;
using NexudusCommunity.Connection;

namespace NexudusCommunity.Cmdlets.Connections
{
    /// <summary>
    /// Signs in to Nexudus and makes the connection the default for this runspace. Credentials come from a
    /// PSCredential, a SecretManagement secret (for unattended runbooks), or a bearer token.
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "Nexudus", DefaultParameterSetName = CredentialSet)]
    [OutputType(typeof(NexudusConnection))]
    public sealed class ConnectNexudusCommand : NexudusCmdlet
    {
        private const string CredentialSet = "Credential";
        private const string SecretSet = "Secret";
        private const string AccessTokenSet = "AccessToken";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CredentialSet)]
        [Credential]
        [ValidateNotNull]
        public PSCredential Credential { get; set; }

        /// <summary>
        /// The name of a SecretManagement secret holding a PSCredential. An empty name (a runbook's unset variable)
        /// is refused when the command runs rather than by the parameter binder, so that it fails like any other
        /// Connect-Nexudus: -ErrorAction Stop ends the script, and no earlier connection stays the default.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = SecretSet)]
        [AllowNull]
        [AllowEmptyString]
        public string SecretName { get; set; }

        /// <summary>The vault to read the secret from; all registered vaults when omitted. Empty is refused as -SecretName is.</summary>
        [Parameter(ParameterSetName = SecretSet)]
        [AllowNull]
        [AllowEmptyString]
        public string Vault { get; set; }

        /// <summary>A bearer token obtained elsewhere (used as is, never refreshed).</summary>
        [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
        [ValidateNotNull]
        public SecureString AccessToken { get; set; }

        /// <summary>The API's address; the public Nexudus API when omitted.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri BaseUri { get; set; } = NexudusClientOptions.PublicApi;

        /// <summary>Token (bearer tokens from /api/token, refreshed before they expire) or Basic.</summary>
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = SecretSet)]
        public AuthMode AuthMode { get; set; } = AuthMode.Token;

        /// <summary>The current two-factor code, for accounts that require one.</summary>
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = SecretSet)]
        [ValidatePattern(@"^\s*\d{4,10}\s*$")]
        public string Totp { get; set; }

        /// <summary>The business cmdlets use when they are given no -BusinessId.</summary>
        [Parameter]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(BusinessIdCompleter))]
        public long BusinessId { get; set; }

        /// <summary>Requests allowed per rate-limit window (default 120 per minute); 0 turns this limit off.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int RequestsPerMinute { get; set; } = RateLimitPolicy.Published.RequestsPerWindow;

        /// <summary>Writes allowed per rate-limit window (default 60 per minute); 0 turns this limit off.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int WritesPerMinute { get; set; } = RateLimitPolicy.Published.WritesPerWindow;

        /// <summary>The least time between two requests (default 100 ms).</summary>
        [Parameter]
        public TimeSpan MinRequestInterval { get; set; } = RateLimitPolicy.Published.MinInterval;

        /// <summary>The window the per-minute limits count over (default one minute; shorter for a sandbox that scales time).</summary>
        [Parameter]
        public TimeSpan RateLimitWindow { get; set; } = RateLimitPolicy.Published.Window;

        /// <summary>Requests allowed per -HourWindow (default 5,000 per hour); 0 turns this limit off.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int RequestsPerHour { get; set; } = RateLimitPolicy.Published.RequestsPerHour;

        /// <summary>Requests allowed per -DayWindow (default 200,000 per day); 0 turns this limit off.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int RequestsPerDay { get; set; } = RateLimitPolicy.Published.RequestsPerDay;

        /// <summary>Writes allowed per -DayWindow (default 5,000 per day); 0 turns this limit off.</summary>
        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int WritesPerDay { get; set; } = RateLimitPolicy.Published.WritesPerDay;

        /// <summary>The window -RequestsPerHour counts over (default one hour).</summary>
        [Parameter]
        public TimeSpan HourWindow { get; set; } = RateLimitPolicy.Published.HourWindow;

        /// <summary>The window -RequestsPerDay and -WritesPerDay count over (default one day).</summary>
        [Parameter]
        public TimeSpan DayWindow { get; set; } = RateLimitPolicy.Published.DayWindow;

        /// <summary>The client id sent at sign-in and with every token refresh (default: the user name).</summary>
        [Parameter(ParameterSetName = CredentialSet)]
        [Parameter(ParameterSetName = SecretSet)]
        [ValidateNotNullOrEmpty]
        public string ClientId { get; set; }

        /// <summary>Retries after a throttling answer, server fault or dropped connection (default 5; 0 = none).</summary>
        [Parameter]
        [ValidateRange(0, 20)]
        public int MaxRetries { get; set; } = RetryPolicy.Default.MaxRetries;

        /// <summary>The first backoff after a fault (default 200 ms), doubled on each retry, with jitter.</summary>
        [Parameter]
        public TimeSpan RetryBaseDelay { get; set; } = RetryPolicy.Default.BaseDelay;

        /// <summary>Send requests as fast as they come (only for servers that do not limit).</summary>
        [Parameter]
        public SwitchParameter NoRateLimit { get; set; }

        /// <summary>Return the connection, to pass as -Connection or keep several side by side.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>
        /// A Connect-Nexudus that fails must leave no default connection behind, or the next cmdlets would quietly
        /// work on the previous account: the previous default goes now, the new connection replaces it on success.
        /// </summary>
        protected override void BeginProcessing()
        {
            ConnectionRegistry.Current = null;
        }

        protected override void EndProcessing()
        {
            // The business list is read once signed in; its path compiles meanwhile on another core.
            _ = Task.Run(() => EntityClient<Business>.PrepareListPath());
            var options = new NexudusClientOptions
            {
                BaseUri = BaseUri,
                AuthMode = AuthMode,
                RateLimit = RateLimitFromParameters(),
                Retry = new RetryPolicy { MaxRetries = MaxRetries, BaseDelay = RetryBaseDelay < TimeSpan.Zero ? TimeSpan.Zero : RetryBaseDelay },
            };
            switch (ParameterSetName)
            {
                case AccessTokenSet:
                    options.AccessToken = AccessToken;
                    break;
                case SecretSet:
                    options.Credential = ReadSecretCredential().GetNetworkCredential();
                    break;
                default:
                    options.Credential = Credential.GetNetworkCredential();
                    break;
            }
            if (!string.IsNullOrWhiteSpace(Totp)) options.Totp = SecureStrings.Protect(Totp.Trim());
            options.ClientId = ClientId;

            NexudusClient client;
            try
            {
                client = new NexudusClient(options);
            }
            catch (ArgumentException ex)
            {
                var parameter = ex.ParamName ?? "BaseUri";
                Fail(ErrorRecords.InvalidArgument(parameter, $"{parameter}: {ErrorRecords.MessageOf(ex)}", BaseUri));
                return;
            }

            var connection = new NexudusConnection(client);
            try
            {
                ChooseBusiness(connection, ListBusinesses(connection));
            }
            catch (NexudusApiException ex)
            {
                var error = ErrorRecords.From(SignInErrors.InCmdletTerms(ex, connection.UserName, totpGiven: options.Totp != null), BaseUri);
                connection.Dispose();
                Fail(error);
            }
            catch (ParameterException ex)
            {
                connection.Dispose();
                Fail(ErrorRecords.InvalidArgument(ex.Parameter, ex.Message, BusinessId));
            }

            ConnectionRegistry.Current = connection;
            WriteVerbose($"Connected to {connection.BaseUri} as {connection.UserName}" +
                         (connection.BusinessId.HasValue ? $", default business {connection.BusinessId}." : "."));
            if (PassThru) WriteObject(connection);
        }

        /// <summary>
        /// The first call proves the credentials (and fetches a token in Token mode). An account that may not list
        /// businesses is still connected: only the default business cannot be chosen for it.
        /// </summary>
        private IReadOnlyList<Business> ListBusinesses(NexudusConnection connection)
        {
            try
            {
                var client = connection.For<Business>();
                return Run(ct => client.GetPageAsync(client.NewQuery(), 1, PagePlan.MaxPageSize, ct)).Records;
            }
            catch (NexudusApiException ex) when (IsOnlyAboutBusinesses(ex, connection))
            {
                WriteVerbose($"The businesses could not be listed ({ex.Message}); no default business was chosen.");
                return null;
            }
        }

        /// <summary>
        /// A failure of the business list that says nothing about the credentials: a missing role or endpoint, a
        /// server fault. In Token mode the token itself proved the credentials, so even a 401 here is about the list.
        /// </summary>
        private static bool IsOnlyAboutBusinesses(NexudusApiException ex, NexudusConnection connection)
        {
            switch (ex.Kind)
            {
                case ApiErrorKind.Permission:
                case ApiErrorKind.NotFound:
                case ApiErrorKind.Server:
                case ApiErrorKind.MalformedResponse:
                case ApiErrorKind.Validation:
                    return true;
                case ApiErrorKind.Authentication:
                    return connection.TokenExpiresOn.HasValue;
                default:
                    return false;
            }
        }

        private void ChooseBusiness(NexudusConnection connection, IReadOnlyList<Business> businesses)
        {
            if (IsBound(nameof(BusinessId)))
            {
                var known = businesses?.FirstOrDefault(b => b.Id == BusinessId);
                if (businesses != null && known == null)
                    throw new ParameterException(nameof(BusinessId),
                        $"BusinessId: {BusinessId} is not a business of this account. Its businesses are: {string.Join(", ", businesses.Select(b => $"{b.Id} ({b.Name})"))}.");
                connection.BusinessId = BusinessId;
                connection.BusinessName = known?.Name;
            }
            else if (businesses != null && businesses.Count == 1)
            {
                connection.BusinessId = businesses[0].Id;
                connection.BusinessName = businesses[0].Name;
            }
        }

        private RateLimitPolicy RateLimitFromParameters()
        {
            if (NoRateLimit) return RateLimitPolicy.Unlimited;
            foreach (var (name, window) in new[] { (nameof(RateLimitWindow), RateLimitWindow), (nameof(HourWindow), HourWindow), (nameof(DayWindow), DayWindow) })
                if (window <= TimeSpan.Zero)
                    Fail(ErrorRecords.InvalidArgument(name, $"{name}: must be longer than zero.", window));
            if (MinRequestInterval < TimeSpan.Zero)
                Fail(ErrorRecords.InvalidArgument(nameof(MinRequestInterval), "MinRequestInterval: may not be negative.", MinRequestInterval));
            return new RateLimitPolicy
            {
                RequestsPerWindow = RequestsPerMinute,
                WritesPerWindow = WritesPerMinute,
                MinInterval = MinRequestInterval,
                Window = RateLimitWindow,
                RequestsPerHour = RequestsPerHour,
                HourWindow = HourWindow,
                RequestsPerDay = RequestsPerDay,
                WritesPerDay = WritesPerDay,
                DayWindow = DayWindow,
            };
        }

        /// <summary>
        /// Reads the secret through SecretManagement in this runspace, so any registered vault works (Azure Key
        /// Vault in Azure Automation, SecretStore on a workstation).
        /// </summary>
        private PSCredential ReadSecretCredential()
        {
            if (string.IsNullOrWhiteSpace(SecretName))
                Fail(ErrorRecords.InvalidArgument(nameof(SecretName), "SecretName: is empty. A runbook often passes it from a variable that is not set.", SecretName));
            if (IsBound(nameof(Vault)) && string.IsNullOrWhiteSpace(Vault))
                Fail(ErrorRecords.InvalidArgument(nameof(Vault), "Vault: is empty. Leave -Vault out to search every registered vault.", Vault));
            var secret = new SecretCredential(SecretName, Vault, InvokeCommand, WriteVerbose, Cancellation);
            if (!secret.TryRead(out var credential, out var failure)) Fail(failure);
            return credential;
        }

        /// <summary>
        /// Ends the command with an error. PowerShell applies -ErrorAction only to errors written with WriteError,
        /// never to ThrowTerminatingError, after which a script goes on with its next line: so for a caller who said
        /// -ErrorAction Stop the error is written first, which PowerShell turns into the end of the script.
        /// </summary>
        private void Fail(ErrorRecord error)
        {
            if (MyInvocation.BoundParameters.TryGetValue("ErrorAction", out var action) &&
                LanguagePrimitives.TryConvertTo(action, out ActionPreference preference) && preference == ActionPreference.Stop)
                WriteError(error);
            ThrowTerminatingError(error);
        }
    }
}
