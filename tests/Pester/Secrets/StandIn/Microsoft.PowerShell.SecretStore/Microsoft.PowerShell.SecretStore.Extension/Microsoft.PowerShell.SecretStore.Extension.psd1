@{
    RootModule        = 'Microsoft.PowerShell.SecretStore.Extension.psm1'
    ModuleVersion     = '0.1.0'
    GUID              = 'f3b6c1f4-58a4-4a53-9f6e-6a3e1a7d0c15'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-Secret', 'Set-Secret', 'Remove-Secret', 'Get-SecretInfo', 'Test-SecretVault')
}
