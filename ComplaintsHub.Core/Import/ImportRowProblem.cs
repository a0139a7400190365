namespace ComplaintsHub.Core.Import;

/// <summary>One thing wrong with a row, at the column (the file's own heading) where it is; an empty column for the whole row.</summary>
public sealed record ImportRowProblem(int Row, string Column, string Reason)
{
    public override string ToString() => Column.Length > 0 ? $"Row {Row}, {Column}: {Reason}" : $"Row {Row}: {Reason}";
}
