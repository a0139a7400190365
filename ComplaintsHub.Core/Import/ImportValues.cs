using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Import;

/// <summary>
/// The old list's own words in the columns whose values must mean something here (service areas, outcomes, channels):
/// each distinct value that is not already one of ours, so the complaints team can say what it means before the dry run.
/// </summary>
public static class ImportValues
{
    /// <summary>The fields whose values are translated by an <see cref="ImportMapping"/>.</summary>
    public static IReadOnlyList<ImportField> Translated { get; } = [ImportField.ServiceArea, ImportField.Outcome, ImportField.Channel];

    /// <summary>Our words for <paramref name="field"/>: the active service areas' names, or the outcome or channel names.</summary>
    public static IReadOnlyList<string> Ours(ImportField field, IReadOnlyCollection<string> areaNames) => field switch
    {
        ImportField.ServiceArea => [.. areaNames],
        ImportField.Outcome => Enum.GetNames<Outcome>(),
        ImportField.Channel => Enum.GetNames<Channel>(),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Only service areas, outcomes and channels are translated."),
    };

    /// <param name="areaNames">Our active service areas' names and codes (either is ours as it stands).</param>
    /// <returns>
    /// For each translated field mapped to a column of the file, its values that are not ours, in order, each once. The
    /// Stage 2 outcome column's words are outcomes too, translated by the same map, so they are listed with the outcomes.
    /// </returns>
    public static IReadOnlyDictionary<ImportField, IReadOnlyList<string>> NotOurs(ImportTable table, IReadOnlyDictionary<ImportField, string> columns, IReadOnlyCollection<string> areaNames)
    {
        var areas = new HashSet<string>(areaNames.Select(a => a.Trim()), StringComparer.OrdinalIgnoreCase);
        var found = new Dictionary<ImportField, IReadOnlyList<string>>();
        foreach (var field in Translated)
        {
            var sources = (field == ImportField.Outcome ? [ImportField.Outcome, ImportField.Stage2Outcome] : new[] { field })
                .Select(f => columns.TryGetValue(f, out var column) ? table.IndexOf(column) : -1).Where(at => at >= 0).Distinct().ToList();
            var values = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in table.Rows)
            {
                foreach (var at in sources)
                {
                    var value = row.Cell(at).Trim();
                    if (value.Length == 0 || ImportChecker.LooksLikeFormula(value) || IsOurs(field, value, areas)) continue;
                    values.Add(value);
                }
            }
            if (values.Count > 0) found[field] = [.. values];
        }
        return found;
    }

    private static bool IsOurs(ImportField field, string value, HashSet<string> areas) => field switch
    {
        ImportField.ServiceArea => areas.Contains(value),
        ImportField.Outcome => ImportChecker.TryParseChoice<Outcome>(value, out _),
        _ => ImportChecker.TryParseChoice<Channel>(value, out _),
    };
}
