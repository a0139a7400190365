namespace ComplaintsHub.Core.Import;

/// <summary>
/// One of our active service areas as the import sees it: what the file may call it, the procedure its cases follow
/// (for the stages a case can have reached, and whether its Stage 1 response date is agreed with the complainant) and
/// its active subjects by name, ignoring case.
/// </summary>
public sealed record ImportArea(int Id, string Name, string Code, int ProcedureId, string ProcedureName, int StageCount, IReadOnlyDictionary<string, int> Subjects,
    bool ResponseDateAgreed = false)
{
    public int? Subject(string name) => Subjects.TryGetValue(name.Trim(), out var id) ? id : null;
}
