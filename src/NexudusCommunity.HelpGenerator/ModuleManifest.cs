using System.Management.Automation.Language;
using System.Text;

namespace NexudusCommunity.HelpGenerator;

/// <summary>
/// Writes the built module's manifest: the repository's NexudusCommunity.psd1 with CmdletsToExport listing every cmdlet
/// of the built assembly. The repository lists only the hand-written cmdlets; the generated ones (one Get-/New-/Set-/
/// Remove- per described entity) are added here, so describing an entity is enough to export its cmdlets, and the
/// Gallery package's manifest (packed from the module folder) still names each cmdlet explicitly, never a wildcard.
/// </summary>
public static class ModuleManifest
{
    /// <summary>Writes <paramref name="target"/>: the source manifest, its CmdletsToExport the listed names (in their
    /// order) followed by the assembly's other cmdlets (in name order). Returns how many cmdlets it exports.</summary>
    public static int Write(string source, string target, IEnumerable<string> cmdlets)
    {
        var text = File.ReadAllText(source);
        var ast = Parser.ParseInput(text, out _, out var errors);
        if (errors.Length > 0) throw new InvalidDataException($"{source} does not parse: {errors[0].Message}");
        var table = (HashtableAst?)ast.Find(a => a is HashtableAst, searchNestedScriptBlocks: false)
                    ?? throw new InvalidDataException($"{source} holds no hashtable.");
        var all = cmdlets.ToList();
        var entry = table.KeyValuePairs.FirstOrDefault(kv => kv.Item1 is StringConstantExpressionAst k && k.Value.Equals("CmdletsToExport", StringComparison.OrdinalIgnoreCase));
        var listed = entry == null ? [] : Listed(entry.Item2).Where(n => all.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        var exported = listed.Concat(all.Where(c => !listed.Contains(c, StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)).ToList();
        var list = new StringBuilder("@(\n");
        foreach (var name in exported) list.Append("        '").Append(name).Append("'\n");
        list.Append("    )");
        var written = entry == null
            ? text.Insert(table.Extent.EndOffset - 1, "    CmdletsToExport      = " + list + "\n")
            : text[..entry.Item2.Extent.StartOffset] + list + text[entry.Item2.Extent.EndOffset..];
        // Only when it changed, so an unchanged module folder keeps its timestamps.
        if (!File.Exists(target) || File.ReadAllText(target) != written) File.WriteAllText(target, written);
        return exported.Count;
    }

    private static IEnumerable<string> Listed(StatementAst value) =>
        (value is PipelineAst { PipelineElements: [CommandExpressionAst expression] } ? expression.Expression.SafeGetValue() : null) switch
        {
            string s => [s],
            System.Collections.IEnumerable e => e.Cast<object>().Select(o => o?.ToString() ?? "").Where(s => s.Length > 0),
            _ => [],
        };
}
