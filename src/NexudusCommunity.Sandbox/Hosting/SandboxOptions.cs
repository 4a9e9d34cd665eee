namespace NexudusCommunity.Sandbox;

/// <summary>What a create's answer carries in Value.</summary>
public enum CreateAnswer
{
    /// <summary>The whole new record, as the live API answers (captured answers, 2024-2026).</summary>
    Record,
    /// <summary>{ "Id": n } only, as the older reference pages show.</summary>
    IdOnly,
}

/// <summary>How to start a sandbox server.</summary>
public sealed class SandboxOptions
{
    /// <summary>0 = pick a free port.</summary>
    public int Port { get; set; } = 0;
    /// <summary>Optional JSON fixture applied at start (after the demo data).</summary>
    public string SeedFile { get; set; }
    /// <summary>Businesses and users always exist; demo data adds a few groups and a room.</summary>
    public bool SeedDemoData { get; set; } = true;
    /// <summary>Stop when this process has ended (the PowerShell that started the sandbox); null = run until stopped.</summary>
    public int? ParentProcessId { get; set; }
    /// <summary>Where ids start (--id-start): the reference data's ten-digit ids by default; above Int32.MaxValue to test 64-bit ids.</summary>
    public long IdStart { get; set; } = DemoIds.DefaultIdStart;

    /// <summary>What a create's answer holds in Value: the whole record (as the live API) or only its Id (older pages).</summary>
    public CreateAnswer CreateAnswer { get; set; } = CreateAnswer.Record;
    /// <summary>Null = no limit enforcement.</summary>
    public RateLimitOptions Limits { get; set; }
}
