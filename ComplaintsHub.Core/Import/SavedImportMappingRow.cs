namespace ComplaintsHub.Core.Import;

/// <summary>A saved mapping as the import page offers it, with the version its next save must expect.</summary>
public sealed record SavedImportMappingRow(int Id, string Name, ImportMapping Mapping, Guid Version, DateTime UpdatedAt, string UpdatedByName);
