namespace NexudusCommunity.Sandbox;

/// <summary>How to start a sandbox server.</summary>
public sealed class SandboxOptions
{
    /// <summary>0 = pick a free port.</summary>
    public int Port { get; set; } = 0;
    /// <summary>Optional JSON fixture applied at start (after the demo data).</summary>
    public string SeedFile { get; set; }
    /// <summary>Businesses and users always exist; demo data adds a few groups and a room.</summary>
    public bool SeedDemoData { get; set; } = true;
    /// <summary>Where ids start (--id-start): the reference data's ten-digit ids by default; above Int32.MaxValue to test 64-bit ids.</summary>
    public long IdStart { get; set; } = DemoIds.DefaultIdStart;

    /// <summary>Null = no limit enforcement.</summary>
    public RateLimitOptions Limits { get; set; }
}
