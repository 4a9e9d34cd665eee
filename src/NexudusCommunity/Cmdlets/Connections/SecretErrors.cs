namespace NexudusCommunity.Cmdlets.Connections
{
    /// <summary>
    /// The errors of Connect-Nexudus -SecretName: one id and category per cause, each saying how to put it right.
    /// They name secrets and vaults, never a value.
    /// </summary>
    internal static class SecretErrors
    {
        private static string StoreCredential(string secretName, string vault) =>
            $"Set-Secret -Name {secretName}{(vault == null ? "" : " -Vault " + vault)} -Secret (Get-Credential)";

        public static ErrorRecord SecretManagementMissing(string secretName) => new ErrorRecord(
            new InvalidOperationException(
                "SecretName: the Microsoft.PowerShell.SecretManagement module is not installed. Install it with a vault module " +
                "(Install-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore), register a vault, " +
                $"and store the credential with {StoreCredential(secretName, null)}."),
            "NexudusSecretManagementMissing", ErrorCategory.NotInstalled, secretName);

        public static ErrorRecord NoVaultRegistered(string secretName) => new ErrorRecord(
            new ItemNotFoundException(
                $"SecretName: no SecretManagement vault is registered for this user, so the secret '{secretName}' cannot be read. " +
                "Register one (Register-SecretVault -Name LocalStore -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault) " +
                $"and store the credential with {StoreCredential(secretName, null)}."),
            "NexudusSecretVaultNotRegistered", ErrorCategory.ObjectNotFound, secretName);

        public static ErrorRecord VaultNotRegistered(string vault, IReadOnlyCollection<RegisteredVault> registered) => new ErrorRecord(
            new ItemNotFoundException(
                $"Vault: no SecretManagement vault named '{vault}' is registered for this user. " +
                (registered.Count == 0
                    ? "No vault is registered at all: register one with Register-SecretVault."
                    : $"The registered vaults are {RegisteredVault.Describe(registered)}.")),
            "NexudusSecretVaultNotRegistered", ErrorCategory.ObjectNotFound, vault);

        public static ErrorRecord VaultLocked(string secretName, RegisteredVault vault) => new ErrorRecord(
            new InvalidOperationException(
                $"SecretName: the vault '{vault.Name}' is locked, so the secret '{secretName}' could not be read. " +
                (vault.IsSecretStore || vault.ModuleName == null
                    ? "Unlock it first with Unlock-SecretStore -Password <the store's password>; a store that unattended jobs read can be configured without one (Set-SecretStoreConfiguration -Authentication None -Interaction None)."
                    : $"Unlock it first with Unlock-SecretVault -Name {vault.Name} -Password <the vault's password>.")),
            "NexudusSecretVaultLocked", ErrorCategory.ResourceUnavailable, vault.Name);

        public static ErrorRecord SecretNotFound(string secretName, string vault, IReadOnlyCollection<RegisteredVault> searched) => new ErrorRecord(
            new ItemNotFoundException(
                $"SecretName: there is no secret '{secretName}' in " +
                (vault != null ? $"the vault '{vault}'" : (searched.Count == 1 ? "the vault " : "the vaults ") + RegisteredVault.Describe(searched)) +
                $". Store the credential with {StoreCredential(secretName, vault)}."),
            "NexudusSecretNotFound", ErrorCategory.ObjectNotFound, secretName);

        public static ErrorRecord VaultsUnlisted(string secretName, Exception listingError) => new ErrorRecord(
            new InvalidOperationException($"SecretName: the secret '{secretName}' could not be read: SecretManagement could not list its vaults (Get-SecretVault): {listingError.Message}", listingError),
            "NexudusSecretUnreadable", ErrorCategory.ReadError, secretName);

        public static ErrorRecord SecretUnreadable(string secretName, string vault, Exception vaultError) => new ErrorRecord(
            new InvalidOperationException($"SecretName: the secret '{secretName}' could not be read from the vault '{vault}': {vaultError?.Message}", vaultError),
            "NexudusSecretUnreadable", ErrorCategory.ReadError, secretName);

        /// <summary>The secret holds <paramref name="found"/> ("a single string", "a byte array"...), not a credential.</summary>
        public static ErrorRecord NotCredential(string secretName, string vault, string found) => new ErrorRecord(
            new InvalidOperationException(
                $"SecretName: the secret '{secretName}' in the vault '{vault}' holds {found}, not a credential. Store a credential instead: " +
                $"{StoreCredential(secretName, vault)}, or where the vault cannot hold one, a hashtable with UserName and Password: " +
                $"Set-Secret -Name {secretName} -Vault {vault} -Secret @{{ UserName = 'you@example.com'; Password = (Read-Host -AsSecureString) }}."),
            "NexudusSecretNotCredential", ErrorCategory.InvalidType, secretName);
    }
}
