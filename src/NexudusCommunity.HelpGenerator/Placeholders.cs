using System.Text.RegularExpressions;

namespace NexudusCommunity.HelpGenerator;

/// <summary>
/// The words a shared page (docs/help/_shared) leaves to each cmdlet it reaches, so that one text serves every noun:
/// "The Ids of the {entities} to delete." reads "The Ids of the community threads to delete." in
/// Remove-CommunityThread's help.
/// </summary>
public static class Placeholders
{
    private static readonly Regex Token = new(@"\{(?<name>[A-Za-z]+)\}");

    /// <summary>Each placeholder, what it stands for, and whether it needs the cmdlet's entity.</summary>
    public static readonly IReadOnlyList<(string Name, string Meaning, bool NeedsEntity)> All =
    [
        ("Cmdlet", "the cmdlet's name: Remove-CommunityThread", false),
        ("Noun", "the cmdlet's noun, as in Get-{Noun}: CommunityThread", false),
        ("entity", "its entity in words: community thread", true),
        ("entities", "the plural: community threads", true),
        ("Entities", "the plural, capitalised to start a sentence: Community threads", true),
        ("EntityType", "the entity's type, for Inputs and Outputs: NexudusCommunity.Models.CommunityThread", true),
        ("GetCmdlet", "the cmdlet that gets its records: Get-CommunityThread", true),
        ("SortFields", "the fields its lists can be sorted by: Id, CreatedOn, UpdatedOn, BusinessId...", true),
    ];

    /// <summary>The text with each placeholder filled in for this cmdlet; one it cannot fill is left as it is (and reported by <see cref="Problems"/>).</summary>
    public static string Apply(string text, CmdletModel cmdlet) =>
        Token.Replace(text, m => Value(m.Groups["name"].Value, cmdlet) ?? m.Value);

    public static IReadOnlyList<string> Apply(IEnumerable<string> paragraphs, CmdletModel cmdlet) =>
        paragraphs.Select(p => Apply(p, cmdlet)).ToList();

    /// <summary>Why a text cannot be filled in for this cmdlet: a placeholder that does not exist, or one that needs an entity it has not.</summary>
    public static IEnumerable<string> Problems(string text, CmdletModel cmdlet)
    {
        foreach (Match m in Token.Matches(text))
        {
            var name = m.Groups["name"].Value;
            var known = All.FirstOrDefault(p => p.Name == name);
            if (known.Name == null)
                yield return $"{m.Value} is not a placeholder; they are: {string.Join(", ", All.Select(p => "{" + p.Name + "}"))}.";
            else if (known.NeedsEntity && cmdlet.Entity == null)
                yield return $"{m.Value} reaches {cmdlet.Name}, which is about no entity (it does not derive from EntityCmdlet<T>).";
            else if (Value(name, cmdlet) == null)
                yield return $"{m.Value} reaches {cmdlet.Name}, but no cmdlet gets {cmdlet.Entity!.Plural} (derives from GetRecordCmdlet<{cmdlet.Entity.Type.Name}>).";
        }
    }

    private static string? Value(string name, CmdletModel cmdlet) => name switch
    {
        "Cmdlet" => cmdlet.Name,
        "Noun" => cmdlet.Noun,
        "entity" => cmdlet.Entity?.Singular,
        "entities" => cmdlet.Entity?.Plural,
        "Entities" => cmdlet.Entity is { } e ? char.ToUpperInvariant(e.Plural[0]) + e.Plural[1..] : null,
        "EntityType" => cmdlet.Entity?.Type.FullName,
        "GetCmdlet" => cmdlet.EntityGetCmdlet,
        "SortFields" => cmdlet.Entity is { } e ? string.Join(", ", e.Fields.Where(f => f.IsSortable).Select(f => f.Name)) : null,
        _ => null,
    };
}
