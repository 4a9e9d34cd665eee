namespace NexudusCommunity.Sandbox;

/// <summary>
/// The ids of the sandbox's reference data, so tests and tools name them without literals. Real Nexudus ids are
/// ten digits (live answers show 1,376,542,172 to 1,427,207,823), so the demo data has ten-digit ids too: each
/// kind in its own block after the sandbox's first id (--id-start), user accounts apart from coworkers. The
/// constants are those of a sandbox started with the default first id; the methods give them for any first id.
/// </summary>
public static class DemoIds
{
    /// <summary>The first id of a sandbox started without --id-start.</summary>
    public const long DefaultIdStart = 1_376_542_000;

    private const long BusinessOffset = 1;
    private const long CoworkerOffset = 101;
    private const long UserOffset = 201;
    private const long RecordOffset = 1001;

    /// <summary>"Sandbox Coworking", the first business.</summary>
    public const long SandboxCoworking = DefaultIdStart + BusinessOffset;

    /// <summary>"Sandbox Annex", the second business.</summary>
    public const long SandboxAnnex = DefaultIdStart + BusinessOffset + 1;

    /// <summary>The first of the 20 demo coworkers (Ada Lovelace).</summary>
    public const long FirstCoworker = DefaultIdStart + CoworkerOffset;

    /// <summary>The first of the 20 user accounts: the admin sign-in (admin@example.com).</summary>
    public const long FirstUser = DefaultIdStart + UserOffset;

    /// <summary>The first id given to a record added without one (the demo groups and room, every create).</summary>
    public const long FirstRecord = DefaultIdStart + RecordOffset;

    public const int Businesses = 2;
    public const int Coworkers = 20;
    public const int Users = 20;

    /// <summary>Business <paramref name="n"/> (1 or 2) of a sandbox whose ids start at <paramref name="start"/>.</summary>
    public static long Business(int n, long start = DefaultIdStart) => start + BusinessOffset + n - 1;

    /// <summary>Coworker <paramref name="n"/> (1 to 20).</summary>
    public static long Coworker(int n, long start = DefaultIdStart) => start + CoworkerOffset + n - 1;

    /// <summary>User account <paramref name="n"/> (1 to 20; 1 to 4 are the sign-ins of <see cref="SandboxUsers"/>).</summary>
    public static long User(int n, long start = DefaultIdStart) => start + UserOffset + n - 1;

    public static long Record(long start = DefaultIdStart) => start + RecordOffset;
}
