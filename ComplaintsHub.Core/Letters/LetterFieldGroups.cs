namespace ComplaintsHub.Core.Letters;

/// <summary>
/// The plain-English heading each merge field is listed under in the template editor, named by the part of its path
/// before the dot, so a complaints manager finds a field by what it is about rather than by its Liquid name.
/// </summary>
public static class LetterFieldGroups
{
    /// <summary>Where a field whose prefix has no heading yet is listed, so it is never missing from the picker.</summary>
    public const string Other = "Other";

    // In the order a letter reads, which is the order the picker lists them in.
    private static readonly (string Prefix, string Name)[] Names =
    [
        ("letter", "About this letter"),
        ("contact", "Who to contact"),
        ("council", "The council"),
        ("complainant", "The complainant"),
        ("case", "The case"),
        ("response", "The decision"),
        ("point", "Each point (inside the points list)"),
        ("action", "Each outstanding action (inside the actions list)"),
        ("extension", "Extension"),
        ("escalation", "Taking it further"),
        ("ombudsman", "The Ombudsman"),
        ("officer", "The officer"),
    ];

    public static string NameOf(string path)
    {
        var dot = path.IndexOf('.');
        var prefix = dot < 0 ? path : path[..dot];
        return Names.FirstOrDefault(n => n.Prefix == prefix).Name ?? Other;
    }

    /// <summary>The fields under their headings, headings in reading order with "Other" last, fields in the order given.</summary>
    public static IReadOnlyList<LetterFieldGroup> Group(IEnumerable<LetterField> fields)
    {
        var order = Names.Select(n => n.Name).Append(Other).ToList();
        return fields.GroupBy(f => NameOf(f.Path))
            .OrderBy(g => order.IndexOf(g.Key))
            .Select(g => new LetterFieldGroup(g.Key, g.ToList()))
            .ToList();
    }
}
