using System.Collections.ObjectModel;
using System.Management.Automation;

namespace NexudusCommunity.Tests.Infrastructure;

/// <summary>Everything one script run produced, stream by stream.</summary>
public sealed class PsResult
{
    public required Collection<PSObject> Output { get; init; }
    public required IReadOnlyList<ErrorRecord> Errors { get; init; }
    public required IReadOnlyList<string> Verbose { get; init; }
    public required IReadOnlyList<string> Debug { get; init; }
    public required IReadOnlyList<string> Warnings { get; init; }
    public required IReadOnlyList<string> Information { get; init; }

    /// <summary>A terminating error, when the script stopped with one.</summary>
    public RuntimeException? Terminating { get; init; }

    /// <summary>Every error: non-terminating ones, statement-terminating ones (which land in the error stream
    /// when a script goes on), and a script-terminating one.</summary>
    public IReadOnlyList<ErrorRecord> AllErrors =>
        Terminating?.ErrorRecord is { } stop ? Errors.Append(stop).ToList() : Errors;

    /// <summary>The first error of any kind; fails the test when there is none.</summary>
    public ErrorRecord FirstError => AllErrors.FirstOrDefault() ?? throw new Xunit.Sdk.XunitException("Expected an error, but the script wrote none.");

    public IEnumerable<T> Objects<T>() => Output.Select(o => o?.BaseObject).OfType<T>();

    /// <summary>All text any stream carried, for checks that a secret appears nowhere.</summary>
    public string AllText() => string.Join("\n",
        Output.Select(o => o?.ToString() ?? "")
            .Concat(Output.SelectMany(o => o?.Properties.Select(p => SafeValue(p)) ?? []))
            .Concat(Errors.SelectMany(e => new[] { e.ToString(), e.Exception?.ToString() ?? "", e.ErrorDetails?.Message ?? "", e.ErrorDetails?.RecommendedAction ?? "", e.TargetObject?.ToString() ?? "" }))
            .Concat(Verbose).Concat(Debug).Concat(Warnings).Concat(Information)
            .Concat([Terminating?.ToString() ?? "", Terminating?.ErrorRecord?.ToString() ?? ""]));

    private static string SafeValue(PSPropertyInfo p)
    {
        try { return p.Value?.ToString() ?? ""; } catch { return ""; }
    }

    public void AssertNoErrors()
    {
        if (Terminating != null) throw new Xunit.Sdk.XunitException("Script stopped: " + Terminating.Message);
        if (Errors.Count > 0) throw new Xunit.Sdk.XunitException("Script wrote errors:\n" + string.Join("\n", Errors.Select(e => e.ToString())));
    }
}
