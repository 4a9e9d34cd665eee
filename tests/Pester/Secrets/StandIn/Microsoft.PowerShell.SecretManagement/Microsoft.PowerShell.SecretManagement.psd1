# A test stand-in, not the genuine module: see the .psm1. Only ever put on the module path of a test's own PowerShell.
@{
    RootModule        = 'Microsoft.PowerShell.SecretManagement.psm1'
    ModuleVersion     = '0.1.0'
    GUID              = '5e0b4b0a-3c1f-4c59-9a46-0a61f3f53d71'
    Author            = 'NexudusCommunity tests'
    Description       = 'Test stand-in for Microsoft.PowerShell.SecretManagement 1.1.2 (behaves as its Get-Secret does).'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Register-SecretVault', 'Unregister-SecretVault', 'Get-SecretVault', 'Set-Secret', 'Get-Secret', 'Get-SecretInfo', 'Remove-Secret')
    CmdletsToExport   = @()
    AliasesToExport   = @()
    VariablesToExport = @()
}
