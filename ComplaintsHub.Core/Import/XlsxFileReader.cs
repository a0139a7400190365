using System.Globalization;
using ClosedXML.Excel;

namespace ComplaintsHub.Core.Import;

/// <summary>
/// Reads the first worksheet of an .xlsx workbook: row 1 names the columns. A date cell becomes an ISO date (yyyy-MM-dd,
/// with the time when it has one) so that it reads the same as a typed date; a cell holding a formula becomes its
/// formula text, so the import refuses it instead of taking whatever the formula last showed.
/// </summary>
public static class XlsxFileReader
{
    public static ImportTable Read(Stream stream, string fileName)
    {
        XLWorkbook workbook;
        try { workbook = new XLWorkbook(stream); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ImportFileException($"{fileName} cannot be opened as an Excel workbook (.xlsx).");
        }
        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault()
                ?? throw new ImportFileException($"{fileName} has no worksheet.");
            var used = sheet.RangeUsed();
            if (used is null) throw new ImportFileException($"{fileName} is empty: the first row must name the columns.");
            var lastColumn = used.LastColumn().ColumnNumber();
            var lastRow = used.LastRow().RowNumber();
            var columns = Enumerable.Range(1, lastColumn).Select(c => Text(sheet.Cell(1, c))).ToList();
            var rows = new List<ImportRow>();
            for (var r = 2; r <= lastRow; r++)
            {
                var cells = Enumerable.Range(1, lastColumn).Select(c => Text(sheet.Cell(r, c))).ToList();
                if (cells.All(cell => cell.Length == 0)) continue;
                rows.Add(new ImportRow(r, cells));
            }
            return new ImportTable(fileName, columns, rows);
        }
    }

    private static string Text(IXLCell cell)
    {
        if (cell.HasFormula) return "=" + cell.FormulaA1;
        return cell.DataType switch
        {
            XLDataType.DateTime => cell.GetDateTime() is var d && d.TimeOfDay == TimeSpan.Zero
                ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : cell.GetDateTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
            _ => cell.GetString(),
        };
    }
}
