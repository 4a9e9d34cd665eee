@{
    RootModule           = 'NexudusCommunity.dll'
    # Imported before RootModule: resolves the assemblies in Dependencies/ (see src/NexudusCommunity.Loader).
    NestedModules        = @('NexudusCommunity.Loader.dll')
    ModuleVersion        = '0.1.0'
    GUID                 = '5b8f3c9e-2d47-4f0a-9c1e-7a6b2e4d8f13'
    Author               = 'NexudusCommunity contributors'
    CompanyName          = 'NexudusCommunity'
    Copyright            = '(c) NexudusCommunity contributors. MIT licence.'
    Description          = 'Manage Nexudus community groups, their commands and video rooms from PowerShell: typed objects, pipeline input, -WhatIf, SecretManagement credentials, paging and throttling handled for you.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('NexudusCommunity.Format.ps1xml', 'NexudusCommunity.Entities.Format.ps1xml')
    # The repository's copy lists only the hand-written cmdlets; the build writes the module folder's copy
    # (out/NexudusCommunity/NexudusCommunity.psd1, the one imported and packed for the Gallery) naming every cmdlet of
    # the built module, the generated Get-/New-/Set-/Remove- of each described entity included.
    CmdletsToExport      = @(
        'Connect-Nexudus'
        'Disconnect-Nexudus'
        'Get-NexudusConnection'
        'Get-CommunityGroupCommand'
        'Invoke-CommunityGroupCommand'
        'Get-CommunityGroupMember'
        'Add-CommunityGroupMember'
        'Remove-CommunityGroupMember'
        'Get-VideoRoomCommand'
        'Invoke-VideoRoomCommand'
        'Invoke-NexudusRestMethod'
        'Get-NexudusEnum'
        'Start-NexudusSandbox'
        'Stop-NexudusSandbox'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Nexudus', 'Coworking', 'Community', 'VideoRoom', 'API', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/nexuduscommunity/NexudusCommunity'
            LicenseUri   = 'https://github.com/nexuduscommunity/NexudusCommunity/blob/main/LICENSE'
            ReleaseNotes = 'First release: connection (credential, SecretManagement, token), community groups and their commands, video rooms, businesses. Runs in Windows PowerShell 5.1 and PowerShell 7; its dependencies load from Dependencies/, isolated from other modules.'
        }
    }
}
