namespace NexudusCommunity.Cmdlets.Connections
{
    /// <summary>A SecretManagement vault as Get-SecretVault lists it: what messages about secrets name.</summary>
    internal sealed class RegisteredVault(string name, string moduleName, bool isDefault)
    {
        public string Name { get; } = name;

        /// <summary>The vault's extension module (Microsoft.PowerShell.SecretStore, Az.KeyVault...); null when unknown.</summary>
        public string ModuleName { get; } = moduleName;

        public bool IsDefault { get; } = isDefault;

        public bool IsSecretStore => ModuleName == "Microsoft.PowerShell.SecretStore";

        /// <summary>"LocalStore (default), Other": for messages, never empty.</summary>
        public static string Describe(IEnumerable<RegisteredVault> vaults)
        {
            var names = vaults.Select(v => $"'{v.Name}'" + (v.IsDefault ? " (default)" : "")).ToList();
            return names.Count == 0 ? "(none)" : string.Join(", ", names);
        }
    }
}
