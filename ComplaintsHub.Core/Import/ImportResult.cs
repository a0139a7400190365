namespace ComplaintsHub.Core.Import;

/// <summary>
/// What an import did: how many cases it added and how many rows it left alone because their reference was imported
/// before; or, when anything was wrong, the problems, and then it added nothing.
/// </summary>
public sealed record ImportResult(int Imported, int AlreadyImported, IReadOnlyList<ImportRowProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
