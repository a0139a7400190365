namespace ComplaintsHub.Core.Domain;

/// <summary>
/// A way of reading a council's old list, kept under a name so that the next file from the same list needs no mapping
/// again. The mapping itself is kept as JSON text: its shape belongs to the import, a layer above the domain.
/// </summary>
public sealed class SavedImportMapping : SetupEntity
{
    /// <summary>Room for a mapping with a few thousand value translations.</summary>
    public const int MappingLength = 200_000;

    private SavedImportMapping() { }

    public SavedImportMapping(string name, string mappingJson)
    {
        Name = name;
        MappingJson = mappingJson;
    }

    public int Id { get; private set; }
    public string Name { get; set; } = "";
    public string MappingJson { get; set; } = "";
}
