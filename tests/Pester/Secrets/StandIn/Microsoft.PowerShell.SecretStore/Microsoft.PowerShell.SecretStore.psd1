# A test stand-in, not the genuine module: see the .psm1. Only ever put on the module path of a test's own PowerShell.
@{
    RootModule        = 'Microsoft.PowerShell.SecretStore.psm1'
    NestedModules     = @('.\Microsoft.PowerShell.SecretStore.Extension')
    ModuleVersion     = '0.1.0'
    GUID              = '8c5d2f0e-6a8b-4d8e-bf0d-2b8f1f1f9a42'
    Author            = 'NexudusCommunity tests'
    Description       = 'Test stand-in for Microsoft.PowerShell.SecretStore 1.0.6 (a SecretManagement vault that can be locked).'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Set-SecretStoreConfiguration', 'Get-SecretStoreConfiguration', 'Unlock-SecretStore')
    CmdletsToExport   = @()
    AliasesToExport   = @()
    VariablesToExport = @()
}
