using System.Text;

namespace ComplaintsHub.Core.Import;

/// <summary>
/// Reads comma-separated text as RFC 4180 describes it: fields in double quotes may hold commas, new lines and doubled
/// quotes; lines end in CRLF or LF. UTF-8 with or without a byte-order mark. Entirely blank lines are not rows.
/// </summary>
public static class CsvFileReader
{
    public static ImportTable Read(Stream stream, string fileName)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        string text;
        try { text = reader.ReadToEnd(); }
        catch (DecoderFallbackException) { throw new ImportFileException($"{fileName} is not UTF-8 text: save it from the spreadsheet as \"CSV UTF-8\"."); }
        return Parse(text, fileName);
    }

    public static ImportTable Parse(string text, string fileName)
    {
        var records = new List<(int Line, List<string> Cells)>();
        var cells = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        // A quote opens a quoted field only as its first character; anywhere else it is text.
        var atFieldStart = true;
        var recordStarted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    quoted = false;
                    i++;
                    continue;
                }
                if (c == '\n') line++;
                field.Append(c);
                i++;
                continue;
            }
            switch (c)
            {
                case '"' when atFieldStart:
                    quoted = true;
                    atFieldStart = false;
                    recordStarted = true;
                    i++;
                    break;
                case ',':
                    cells.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    recordStarted = true;
                    i++;
                    break;
                case '\r' or '\n':
                    cells.Add(field.ToString());
                    field.Clear();
                    records.Add((recordLine, cells));
                    cells = [];
                    atFieldStart = true;
                    recordStarted = false;
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    atFieldStart = false;
                    recordStarted = true;
                    i++;
                    break;
            }
        }
        if (quoted) throw new ImportFileException($"{fileName}: a quoted field that starts on line {recordLine} is never closed.");
        if (recordStarted)
        {
            cells.Add(field.ToString());
            records.Add((recordLine, cells));
        }

        var headerAt = records.FindIndex(r => r.Cells.Any(cell => cell.Length > 0));
        if (headerAt < 0) throw new ImportFileException($"{fileName} is empty: the first row must name the columns.");
        // A spreadsheet's row number is the record's position, not its text line: a cell with a new line is still one row.
        var header = records[headerAt].Cells;
        var rows = new List<ImportRow>();
        for (var r = headerAt + 1; r < records.Count; r++)
        {
            if (records[r].Cells.All(cell => cell.Length == 0)) continue;
            rows.Add(new ImportRow(r + 1, records[r].Cells));
        }
        return new ImportTable(fileName, header, rows);
    }
}
