using System.Text.Json;

namespace ComplaintsHub.Core.Import;

/// <summary>How a saved mapping is written down: fields by name, so that the text reads plainly and survives reordering.</summary>
public static class ImportMappingJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Write(ImportMapping mapping) => JsonSerializer.Serialize(new Stored(
        mapping.Columns.ToDictionary(c => c.Key.ToString(), c => c.Value),
        Copy(mapping.ServiceAreas), Copy(mapping.Outcomes), Copy(mapping.Channels)), Options);

    public static ImportMapping Read(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, Options) ?? new Stored(null, null, null, null);
        var columns = new Dictionary<ImportField, string>();
        // A field a later release no longer has cannot be offered again; the rest of the mapping still applies.
        foreach (var (field, column) in stored.Columns ?? [])
            if (Enum.TryParse<ImportField>(field, out var known) && Enum.IsDefined(known)) columns[known] = column;
        return new ImportMapping(columns, stored.ServiceAreas, stored.Outcomes, stored.Channels);
    }

    private static Dictionary<string, string>? Copy(IReadOnlyDictionary<string, string>? map) => map?.ToDictionary(m => m.Key, m => m.Value);

    private sealed record Stored(
        Dictionary<string, string>? Columns,
        Dictionary<string, string>? ServiceAreas,
        Dictionary<string, string>? Outcomes,
        Dictionary<string, string>? Channels);
}
