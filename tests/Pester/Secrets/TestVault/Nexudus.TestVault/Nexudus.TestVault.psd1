# A second kind of SecretManagement vault for the tests (the genuine SecretStore keeps one store per user, so two
# SecretStore vaults would share their secrets): secrets as CliXml in the folder given as -VaultParameters @{ Path }.
# Test data only. Registered with the genuine SecretManagement and with its stand-in alike.
@{
    ModuleVersion     = '0.1.0'
    GUID              = '2d8f7b56-0f4e-4b1a-8a53-7f6e1c9d3b20'
    Author            = 'NexudusCommunity tests'
    Description       = 'A folder-backed SecretManagement extension vault for tests.'
    PowerShellVersion = '5.1'
    NestedModules     = @('.\Nexudus.TestVault.Extension')
    FunctionsToExport = @()
    CmdletsToExport   = @()
    AliasesToExport   = @()
    VariablesToExport = @()
}
