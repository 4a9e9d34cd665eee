<#
.SYNOPSIS
    The cost per record: Get-CommunityGroup streaming every group of a fast local server, against a plain HttpClient +
    System.Text.Json reader feeding the same pipeline, side by side in this pwsh process; then the first
    Connect-Nexudus, Import-Module and peak memory, each in fresh pwsh processes. Prints figures and ratios.
.DESCRIPTION
    The server (NexudusCommunity.Bench serve-pages) renders every page once, up front, and serves bytes, so what is
    measured is the client. Each figure is the median (and minimum) of several runs after a warm-up run.
    Build first, in Release: dotnet pwsh ./build.ps1 -Task Bench (which also runs this).
.EXAMPLE
    dotnet pwsh ./bench/Read-Benchmark.ps1 -Records 10000, 100000 -Runs 5
.EXAMPLE
    dotnet pwsh ./bench/Read-Benchmark.ps1 -Manifest ../before/out/NexudusCommunity/NexudusCommunity.psd1
    The same table for an older build (before/after).
#>
[CmdletBinding()]
param(
    [int[]] $Records = @(10000, 100000),
    [ValidateRange(1, 50)] [int] $Runs = 5,
    [ValidateRange(1, 50)] [int] $FreshRuns = 5,
    [ValidateSet('Debug', 'Release')] [string] $Configuration = 'Release',
    # Another build of the module to measure (an older commit's out/NexudusCommunity/NexudusCommunity.psd1, for a
    # before/after table); this tree's build by default.
    [string] $Manifest
)
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
$manifest = if ($Manifest) { (Resolve-Path -LiteralPath $Manifest).Path } else { Join-Path $root 'out/NexudusCommunity/NexudusCommunity.psd1' }
$benchDll = Join-Path $root "bench/NexudusCommunity.Bench/bin/$Configuration/net10.0/NexudusCommunity.Bench.dll"
foreach ($file in $manifest, $benchDll) { if (-not (Test-Path -LiteralPath $file)) { throw "Not built: $file (run ./build.ps1 -Task Bench)." } }
$self = (Get-Process -Id $PID).Path
$pwshPrefix = @(if ([IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })

function Start-PageServer([int] $Count) {
    $listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0); $listener.Start()
    $port = $listener.LocalEndpoint.Port; $listener.Stop()
    $info = [Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($a in @($benchDll, 'serve-pages', '--records', "$Count", '--port', "$port")) { $info.ArgumentList.Add($a) }
    $info.RedirectStandardInput = $true; $info.RedirectStandardOutput = $true; $info.UseShellExecute = $false
    $process = [Diagnostics.Process]::Start($info)
    $line = $process.StandardOutput.ReadLine()
    if ($line -notlike 'listening *') { throw "The page server did not start: $line" }
    [pscustomobject]@{ Process = $process; BaseUri = [uri] $line.Substring(10) }
}

function Stop-PageServer($Server) {
    $Server.Process.StandardInput.Close()
    if (-not $Server.Process.WaitForExit(10000)) { $Server.Process.Kill() }
}

function Measure-Ms([scriptblock] $Block) { (Measure-Command $Block).TotalMilliseconds }

function Get-Stats([double[]] $Values) {
    $sorted = $Values | Sort-Object
    [pscustomobject]@{ Min = $sorted[0]; Median = $sorted[[int][math]::Floor(($sorted.Count - 1) / 2)] }
}

function Invoke-Fresh([string] $Command) {
    # A new pwsh process of this kind, printing one number.
    [double] ((& $self @pwshPrefix -NoProfile -NonInteractive -Command $Command | Select-Object -Last 1))
}

Import-Module $manifest
Import-Module $benchDll
$cred = [pscredential]::new('bench@example.com', (ConvertTo-SecureString 'bench' -AsPlainText -Force))
$rows = foreach ($count in $Records) {
    $server = Start-PageServer $count
    try {
        Connect-Nexudus -BaseUri $server.BaseUri -Credential $cred -NoRateLimit
        # Warm-up (JIT, connection pools, caches), and a check that both read every record.
        $seen = (Get-CommunityGroup | Measure-Object).Count
        $plainSeen = (Read-PlainGroupPage -BaseUri $server.BaseUri | Measure-Object).Count
        if ($seen -ne $count -or $plainSeen -ne $count) { throw "Read $seen (module) and $plainSeen (plain) records, not $count." }
        $module = @(); $plain = @()
        foreach ($run in 1..$Runs) {
            $plain += Measure-Ms { Read-PlainGroupPage -BaseUri $server.BaseUri | ForEach-Object { } }
            $module += Measure-Ms { Get-CommunityGroup | ForEach-Object { } }
        }
        $m = Get-Stats $module; $p = Get-Stats $plain
        [pscustomobject]@{
            Records        = $count
            'Plain ms'     = '{0:0} (min {1:0})' -f $p.Median, $p.Min
            'Module ms'    = '{0:0} (min {1:0})' -f $m.Median, $m.Min
            'us/record'    = '{0:0.0} vs {1:0.0}' -f (1000 * $m.Median / $count), (1000 * $p.Median / $count)
            'Ratio median' = '{0:0.00}x' -f ($m.Median / $p.Median)
            'Ratio min'    = '{0:0.00}x' -f ($m.Min / $p.Min)
        }
        Disconnect-Nexudus
    }
    finally { Stop-PageServer $server }
}
"Streaming read: Get-CommunityGroup | ForEach-Object {} against Read-PlainGroupPage | ForEach-Object {} ($Runs runs each, same process)"
$rows | Format-Table -AutoSize | Out-String -Width 120

# Fresh processes: the first sign-in, the import, and memory at two sizes.
$server = Start-PageServer ($Records | Measure-Object -Maximum).Maximum
try {
    $uri = $server.BaseUri
    $plainFirst = 1..$FreshRuns | ForEach-Object {
        Invoke-Fresh "`$c = [System.Net.Http.HttpClient]::new(); (Measure-Command { `$null = `$c.GetAsync('${uri}api/sys/businesses').GetAwaiter().GetResult().Content.ReadAsStringAsync().GetAwaiter().GetResult() }).TotalMilliseconds"
    }
    $connectFirst = 1..$FreshRuns | ForEach-Object {
        Invoke-Fresh "Import-Module '$manifest'; `$cred = [pscredential]::new('bench@example.com', (ConvertTo-SecureString 'bench' -AsPlainText -Force)); (Measure-Command { Connect-Nexudus -BaseUri '$uri' -Credential `$cred -NoRateLimit }).TotalMilliseconds"
    }
    $import = 1..$FreshRuns | ForEach-Object { Invoke-Fresh "(Measure-Command { Import-Module '$manifest' }).TotalMilliseconds" }
    $peaks = foreach ($count in $Records) {
        $sized = Start-PageServer $count
        try {
            Invoke-Fresh "Import-Module '$manifest'; `$cred = [pscredential]::new('bench@example.com', (ConvertTo-SecureString 'bench' -AsPlainText -Force)); Connect-Nexudus -BaseUri '$($sized.BaseUri)' -Credential `$cred -NoRateLimit; Get-CommunityGroup | ForEach-Object { }; [GC]::Collect(); (Get-Process -Id `$PID).PeakWorkingSet64 / 1MB"
        }
        finally { Stop-PageServer $sized }
    }
}
finally { Stop-PageServer $server }
$p = Get-Stats $plainFirst; $c = Get-Stats $connectFirst; $i = Get-Stats $import
"First request in a fresh pwsh: plain HttpClient {0:0} ms (min {1:0}); Connect-Nexudus {2:0} ms (min {3:0}): ratio {4:0.00}x median, {5:0.00}x min" -f $p.Median, $p.Min, $c.Median, $c.Min, ($c.Median / $p.Median), ($c.Min / $p.Min)
"Import-Module in a fresh pwsh: {0:0} ms median (min {1:0})" -f $i.Median, $i.Min
"Peak working set streaming every group: " + (($Records | ForEach-Object -Begin { $n = 0 } -Process { '{0} records {1:0} MB' -f $_, $peaks[$n++] }) -join ', ') +
    ('; ratio {0:0.00}' -f ($peaks[-1] / $peaks[0]))
