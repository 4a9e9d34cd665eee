@{
    RootModule        = 'Nexudus.TestVault.Extension.psm1'
    ModuleVersion     = '0.1.0'
    GUID              = '6b0e4a3c-9d57-4f7b-8c21-5e2a9f0d4c11'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-Secret', 'Set-Secret', 'Remove-Secret', 'Get-SecretInfo', 'Test-SecretVault')
}
