namespace ComplaintsHub.Core.Import;

/// <summary>
/// How an old list reads as ComplaintsHub's: which of its columns holds each field, and what its own words for service
/// areas, outcomes and channels mean here. Values are matched ignoring case and surrounding spaces; a value with no
/// mapping that is already one of ours (an area's name or code, an outcome or channel name) needs none.
/// </summary>
public sealed record ImportMapping(
    IReadOnlyDictionary<ImportField, string> Columns,
    IReadOnlyDictionary<string, string>? ServiceAreas = null,
    IReadOnlyDictionary<string, string>? Outcomes = null,
    IReadOnlyDictionary<string, string>? Channels = null)
{
    /// <summary>The fields a case cannot be imported without.</summary>
    public static IReadOnlyList<ImportField> Required { get; } =
        [ImportField.Reference, ImportField.ReceivedDate, ImportField.ServiceArea, ImportField.Description];

    public static string? Translate(IReadOnlyDictionary<string, string>? map, string value)
    {
        if (map is null) return null;
        foreach (var (theirs, ours) in map)
            if (string.Equals(theirs.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase)) return ours;
        return null;
    }
}
