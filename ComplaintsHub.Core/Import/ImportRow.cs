namespace ComplaintsHub.Core.Import;

/// <summary>One row of an imported file: its number in the file and its cells in column order.</summary>
public sealed record ImportRow(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at <paramref name="index"/>, or empty when the row is shorter than the header.</summary>
    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : "";
}
