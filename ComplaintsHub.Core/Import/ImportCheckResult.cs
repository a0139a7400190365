namespace ComplaintsHub.Core.Import;

/// <summary>
/// What a dry run found: every problem by row and column, and the values of the mapped columns that have no meaning
/// here yet (their service area names, outcomes, channels), each listed once, so the mapping can be completed.
/// </summary>
public sealed record ImportCheckResult(
    int RowCount,
    IReadOnlyList<ImportRowProblem> Problems,
    IReadOnlyDictionary<ImportField, IReadOnlyList<string>> UnmappedValues)
{
    public bool CanImport => Problems.Count == 0;
}
