namespace ComplaintsHub.Core.Import;

/// <summary>
/// A file read into its header and rows. <see cref="ImportRow.Number"/> is the row as the council sees it in their
/// spreadsheet (the header is row 1), so a problem can be found in the file it came from.
/// </summary>
public sealed record ImportTable(string FileName, IReadOnlyList<string> Columns, IReadOnlyList<ImportRow> Rows)
{
    /// <summary>The position of a column by its heading, ignoring case and surrounding spaces; -1 when absent.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (string.Equals(Columns[i].Trim(), column.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
