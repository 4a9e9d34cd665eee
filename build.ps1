<#
.SYNOPSIS
    Build, test, package or demo NexudusCommunity: a thin layer over the same dotnet commands CI runs.
.EXAMPLE
    ./build.ps1                 # Build, then Test
.EXAMPLE
    ./build.ps1 -Task Demo      # run examples/Quickstart.ps1 against the local sandbox
.EXAMPLE
    ./build.ps1 -Task Package   # out/packages/NexudusCommunity.<version>.nupkg, ready for Publish-Module/Install-Module
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Demo')]
    [string[]] $Task = @('Build', 'Test'),
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)
$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot

function Invoke-Dotnet {
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    Write-Host "dotnet $($Arguments -join ' ')" -ForegroundColor Cyan
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE" }
}

foreach ($name in $Task) {
    switch ($name) {
        'Build' {
            # Leaves the importable module in out/NexudusCommunity.
            Invoke-Dotnet build CommunityPs.sln -c $Configuration
        }
        'Test' {
            # The same command CI and the README run: the xUnit suite, which also runs tests/Pester with Pester 5 in a
            # hosted PowerShell 7 (tests/NexudusCommunity.PesterHost). Then Pester natively in this PowerShell.
            Invoke-Dotnet test CommunityPs.sln -c $Configuration
            $pester = Get-Module -ListAvailable Pester | Where-Object Version -ge '5.0.0' | Select-Object -First 1
            if ($pester) {
                Import-Module $pester
                $config = New-PesterConfiguration
                $config.Run.Path = Join-Path $PSScriptRoot 'tests/Pester'
                $config.Run.Exit = $true
                $config.Output.Verbosity = 'Detailed'
                Invoke-Pester -Configuration $config
            }
            else {
                Write-Warning 'Pester 5 is not installed here: tests/Pester ran only in the hosted PowerShell 7 of dotnet test (Install-Module Pester -MinimumVersion 5.0 to run it in this PowerShell too).'
            }
        }
        'Package' {
            # The same command CI runs: the module folder (Dependencies/ included) at the package root, metadata
            # from NexudusCommunity.psd1. Publish with: Publish-Module -Path out/NexudusCommunity, or push the .nupkg.
            Invoke-Dotnet pack src/NexudusCommunity/NexudusCommunity.csproj -c Release -o out/packages
        }
        'Demo' {
            Invoke-Dotnet run --project src/NexudusCommunity.Demo -c $Configuration
        }
    }
}
