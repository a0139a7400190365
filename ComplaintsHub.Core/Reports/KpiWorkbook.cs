using System.Globalization;
using System.Text;
using System.Threading.Channels;
using ClosedXML.Excel;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplaintsHub.Core.Reports;

/// <summary>
/// The KPI workbook: a cover sheet, one sheet per dashboard table (typed cells, frozen header, filters, widths
/// worked out from the text so no GDI is needed) and, for staff, the case-level rows. The figures come from the
/// same <see cref="KpiTable"/>s the dashboard shows.
/// </summary>
public static class KpiWorkbook
{
    public const string CoverSheet = "Cover";
    public const string CasesSheet = "Cases";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string CountFormat = "#,##0";
    private const string PercentFormat = "0.0%";
    private const string DecimalFormat = "0.0";
    // Spelt out rather than Excel's built-in short date, which each reader sees in their own locale's order (9/14/2026).
    private const string DateFormat = "dd/mm/yyyy";
    private const string DateTimeFormat = "dd/mm/yyyy hh:mm";

    private const double CoverLabelWidth = 30;
    private const double CoverTextWidth = 110;
    private const double TitleFontSize = 16;

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static readonly IReadOnlyDictionary<string, string> SheetNames = new Dictionary<string, string>
    {
        [KpiTables.Headline] = "Headline",
        [KpiTables.ReceivedByMonth] = "Received by month",
        [KpiTables.ReceivedBySubject] = "Received by subject",
        [KpiTables.ReceivedByTimescale] = "Received by timescale",
        [KpiTables.Outcomes] = "Outcomes",
        [KpiTables.Categories] = "Categories",
        [KpiTables.Timescales] = "Timescales by stage",
        [KpiTables.WithinByArea] = "Within timescale by area",
        [KpiTables.Ombudsman] = "Ombudsman",
        [KpiTables.Contacts] = "Contacts",
        [KpiTables.Trend] = "Trend",
        [KpiTables.HousingMeasures] = "Housing TSM",
        [KpiTables.PromisedActions] = "Promised actions",
        [KpiTables.ImprovementActions] = "Improvement actions",
    };

    private static readonly string[] CaseColumns =
    [
        "Reference", "Service area", "Subject", "Category", "Procedure", "Stage", "Opened", "Acknowledged", "Response due", "Extended by (working days)",
        "Response sent", "Working days to respond", "Working days late", "Within timescale", "Outcome", "Case status", "Allocated officer",
    ];

    public static string SheetName(KpiTable table) => SheetNames.TryGetValue(table.Key, out var name) ? name : table.Title[..Math.Min(31, table.Title.Length)];

    /// <summary>File name for the download, e.g. <c>complaints-kpis-2026-Q2.xlsx</c>.</summary>
    public static string FileName(ReportPeriod period) => $"complaints-kpis-{period.Key}.xlsx";

    /// <summary>
    /// Writes the workbook to <paramref name="output"/>. Case rows (staff only) are streamed into their sheet with the
    /// Open XML writer: ClosedXML holds every cell in memory, which a year of a large council's cases would not fit.
    /// </summary>
    public static async Task WriteAsync(Stream output, KpiReport report, IReadOnlyList<KpiTable> tables, WorkbookCover cover,
        IAsyncEnumerable<KpiCaseRow>? cases, CancellationToken cancellationToken = default)
    {
        await using var prefetch = cases is null ? null : new RowPrefetch(cases, 10_000, cancellationToken);
        await WriteAsync(output, report, tables, cover, prefetch, cancellationToken);
    }

    /// <summary>
    /// As above, while <paramref name="report"/> is still being worked out: the case rows start streaming from the
    /// database at once (a bounded number ahead), so the figures and the rows are read at the same time.
    /// </summary>
    public static async Task WriteAsync(Stream output, Task<KpiReport> report, WorkbookCover cover, IAsyncEnumerable<KpiCaseRow>? cases,
        CancellationToken cancellationToken = default)
    {
        await using var prefetch = cases is null ? null : new RowPrefetch(cases, 50_000, cancellationToken);
        var figures = await report;
        await WriteAsync(output, figures, KpiTables.Build(figures), cover, prefetch, cancellationToken);
    }

    private static async Task WriteAsync(Stream output, KpiReport report, IReadOnlyList<KpiTable> tables, WorkbookCover cover, RowPrefetch? cases,
        CancellationToken cancellationToken)
    {
        if (cases is not null && report.Audience == KpiAudience.Councillor)
        {
            throw new InvalidOperationException("A councillor's workbook never has case-level rows.");
        }

        using var buffer = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            WriteCover(workbook.AddWorksheet(CoverSheet), report, tables, cover, cases is not null);
            foreach (var table in tables) WriteTable(workbook.AddWorksheet(SheetName(table)), table);
            workbook.SaveAs(buffer);
        }

        if (cases is not null) await AppendCasesSheetAsync(buffer, cases.ReadAllAsync(cancellationToken), cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>
    /// Text a spreadsheet could take for a formula (it starts with = + - @, a tab or a carriage return) is marked as
    /// text with Excel's quote prefix, so neither opening nor editing the cell runs it.
    /// </summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static void SetText(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        if (LooksLikeFormula(text)) cell.Style.IncludeQuotePrefix = true;
    }

    private static void WriteCover(IXLWorksheet sheet, KpiReport report, IReadOnlyList<KpiTable> tables, WorkbookCover cover, bool hasCases)
    {
        var row = 1;
        WriteTitle(sheet, $"{cover.Council}: complaints performance");
        row += 2;
        void Fact(string label, string value)
        {
            SetText(sheet.Cell(row, 1), label);
            sheet.Cell(row, 1).Style.Font.Bold = true;
            SetText(sheet.Cell(row, 2), value);
            row++;
        }

        Fact("Period", report.Period.LongLabel);
        Fact("Service area", report.ServiceAreaName ?? (report.ServiceAreas.Count == 1 ? report.ServiceAreas.Values.Single() : "All service areas you may see"));
        Fact("Procedure", report.ProcedureName ?? "All procedures");
        Fact("Generated by", cover.GeneratedBy);
        SetText(sheet.Cell(row, 1), "Generated at");
        sheet.Cell(row, 1).Style.Font.Bold = true;
        sheet.Cell(row, 2).SetValue(UkTime.ToLocal(cover.GeneratedAtUtc));
        sheet.Cell(row, 2).Style.NumberFormat.Format = DateTimeFormat;
        sheet.Cell(row, 2).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        row++;
        Fact("Open and overdue taken on", report.AsAt.ToString("d MMMM yyyy", Uk));
        Fact("Target within timescale", report.Target.ToString("0.#%", Uk));
        Fact("Audience", report.Audience == KpiAudience.Councillor
            ? $"Aggregates only. Counts from 1 to 4 are shown as {KpiCell.SuppressedText} so that no one can be identified, and {KpiCell.WithheldText} marks a count, "
              + $"percentage or average withheld so that a {KpiCell.SuppressedText} cannot be worked out from it (from a total, another cell or table, or a percentage); no case-level sheet."
            : hasCases ? "Council staff: includes the case-level sheet (references only, no complainant details)." : "Council staff.");
        row++;
        SetText(sheet.Cell(row, 1), "Sheet");
        SetText(sheet.Cell(row, 2), "What it counts");
        sheet.Range(row, 1, row, 2).Style.Font.Bold = true;
        row++;
        foreach (var table in tables)
        {
            SetText(sheet.Cell(row, 1), SheetName(table));
            SetText(sheet.Cell(row, 2), $"{table.Title}. {table.Description}");
            row++;
        }

        if (hasCases)
        {
            SetText(sheet.Cell(row, 1), CasesSheet);
            SetText(sheet.Cell(row, 2), "Every complaint stage opened or answered in the period, one row each.");
            row++;
        }

        row++;
        foreach (var note in Definitions)
        {
            SetText(sheet.Cell(row, 1), note.Term);
            sheet.Cell(row, 1).Style.Font.Bold = true;
            SetText(sheet.Cell(row, 2), note.Meaning);
            row++;
        }

        sheet.Column(1).Width = CoverLabelWidth;
        sheet.Column(2).Width = CoverTextWidth;
        sheet.Column(2).Style.Alignment.WrapText = true;
    }

    /// <summary>
    /// The title spans both columns, so it is not cut off at the first column's edge, and wraps if a council's name is
    /// long. Excel does not fit a row to a merged cell's text, so the row is made tall enough for the lines here.
    /// </summary>
    private static void WriteTitle(IXLWorksheet sheet, string title)
    {
        SetText(sheet.Cell(1, 1), title);
        var range = sheet.Range(1, 1, 1, 2).Merge();
        range.Style.Font.Bold = true;
        range.Style.Font.FontSize = TitleFontSize;
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Row(1).Height = TitleLines(title) * TitleFontSize * 1.35;
    }

    /// <summary>
    /// How many lines the title takes across the cover's two columns. A column's width is counted in characters of the
    /// 11 point body font, a 16 point character is 16/11 as wide, and a tenth more allows for bold: better a line too many.
    /// </summary>
    private static int TitleLines(string title) =>
        Math.Max(1, (int)Math.Ceiling(title.Length * (TitleFontSize / 11) * 1.1 / (CoverLabelWidth + CoverTextWidth)));

    /// <summary>The definitions every reader of the workbook needs; the sheet list above them says what each table counts.</summary>
    public static readonly IReadOnlyList<(string Term, string Meaning)> Definitions =
    [
        ("Working day", "Monday to Friday, excluding bank holidays in England and Wales and council closure days."),
        ("Received", "A complaint stage opened in the period: a new Stage 1 complaint on the date it was received, or an escalation to Stage 2. A service request turned into a complaint counts from its original receipt."),
        ("Within timescale", "The response was sent on or before its due date, counted in working days from the stage's clock start, including any extension agreed with the complainant."),
        ("Working days late", "For a late response, the working days after the due date up to and including the day it was sent."),
        ("Escalation rate", "Stage 2 complaints received in the period divided by Stage 1 responses sent in the period."),
        ("Ombudsman upheld", "A decision that found fault (with or without injustice)."),
        ("Open and overdue", "Complaint stages awaiting acknowledgement or response on the day shown on this sheet; overdue when that deadline had passed."),
        ("Promised actions", "Actions a stage response promised, with the date promised in the period: completed on time when marked done on or before that date, late when after it, and still open when not yet done (overdue once the date has passed)."),
        ("Improvement actions", "Changes to how a service works, raised from complaints or Ombudsman decisions and owned by a head of service or team leader. Done or dropped in the period by the UK date it was marked so; open on the day shown when raised by then and not yet done or dropped; overdue when its current due date had passed. They belong to a service area, so they are not shown when the figures are for one procedure."),
        ("CH01 and CH02", "Tenant Satisfaction Measures for the housing procedure: complaints per 1,000 homes owned, and the share answered within the Complaint Handling Code's timescales."),
    ];

    private static void WriteTable(IXLWorksheet sheet, KpiTable table)
    {
        var headers = table.LabelColumns.Concat(table.ValueColumns).ToList();
        var widths = headers.Select(h => h.Length).ToArray();
        for (var c = 0; c < headers.Count; c++) SetText(sheet.Cell(1, c + 1), headers[c]);
        sheet.Row(1).Style.Font.Bold = true;
        sheet.Row(1).Style.Alignment.WrapText = true;

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var sheetRow = r + 2;
            for (var c = 0; c < row.Labels.Count; c++)
            {
                SetText(sheet.Cell(sheetRow, c + 1), row.Labels[c]);
                widths[c] = Math.Max(widths[c], row.Labels[c].Length);
            }

            for (var c = 0; c < row.Cells.Count; c++)
            {
                var column = row.Labels.Count + c;
                var cell = sheet.Cell(sheetRow, column + 1);
                var value = row.Cells[c];
                if (value.Value is { } number && value.Format != KpiFormat.Text)
                {
                    cell.SetValue(number);
                    cell.Style.NumberFormat.Format = value.Format switch
                    {
                        KpiFormat.Percent => PercentFormat,
                        KpiFormat.Decimal => DecimalFormat,
                        _ => CountFormat,
                    };
                }
                else
                {
                    SetText(cell, value.Text);
                    cell.Style.Alignment.Horizontal = value.Format == KpiFormat.Text ? XLAlignmentHorizontalValues.Left : XLAlignmentHorizontalValues.Right;
                }

                widths[column] = Math.Max(widths[column], value.Text.Length);
            }

            if (row.IsTotal) sheet.Row(sheetRow).Style.Font.Bold = true;
        }

        // Header text wraps, so a long heading need not make a wide column.
        for (var c = 0; c < headers.Count; c++) sheet.Column(c + 1).Width = Math.Clamp(Math.Max(widths[c], Math.Min(headers[c].Length, 14)) + 2, 8, 70);
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, table.Rows.Count + 1), headers.Count).SetAutoFilter();
    }

    private const string SpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static async Task AppendCasesSheetAsync(MemoryStream buffer, IAsyncEnumerable<KpiCaseRow> cases, CancellationToken cancellationToken)
    {
        buffer.Position = 0;
        using var document = SpreadsheetDocument.Open(buffer, true);
        // The case sheet is most of the file: the fastest deflate setting halves the time to build it for a file a few
        // percent bigger.
        document.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
        var workbookPart = document.WorkbookPart!;
        var styles = AddCaseStyles(workbookPart.WorkbookStylesPart!.Stylesheet);
        var sharedStrings = new SharedStrings(workbookPart);
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var lastColumn = ColumnName(CaseColumns.Length);
        // Widths must be written before the rows, and the rows are streamed once, so they are set per column, not measured.
        double[] widths = [16, 24, 28, 24, 30, 8, 12, 13, 13, 14, 13, 13, 11, 11, 18, 16, 22];
        var rowCount = 1;

        // Written as XML text rather than through Open XML SDK objects or an XmlWriter: a year of cases is millions of
        // cells, and an object (or a namespace look-up) per cell cost more than everything else in the export together.
        await using (var stream = part.GetStream(FileMode.Create, FileAccess.Write))
        await using (var xml = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
        {
            xml.Write($"<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?><worksheet xmlns=\"{SpreadsheetNamespace}\">");
            xml.Write("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>");
            for (var c = 0; c < widths.Length; c++)
            {
                xml.Write(string.Create(CultureInfo.InvariantCulture, $"<col min=\"{c + 1}\" max=\"{c + 1}\" width=\"{widths[c]}\" customWidth=\"1\"/>"));
            }

            xml.Write("</cols><sheetData>");
            var row = new CaseRowWriter(xml, styles, sharedStrings);
            row.Start(1);
            foreach (var heading in CaseColumns) row.Text(heading);
            row.End();
            await foreach (var r in cases.WithCancellation(cancellationToken))
            {
                row.Start(++rowCount);
                row.Text(r.Reference);
                row.Shared(r.ServiceArea);
                row.Shared(r.Subject);
                row.Shared(r.Category);
                row.Shared(r.Procedure);
                row.Number(r.Stage);
                row.Date(r.OpenedOn);
                row.Date(r.AcknowledgedOn);
                row.Date(r.ResponseDue);
                row.Number(r.ExtendedByWorkingDays);
                row.Date(r.ResponseSentOn);
                row.Number(r.WorkingDaysToRespond);
                row.Number(r.WorkingDaysLate);
                row.Shared(r.WorkingDaysLate is { } late ? late == 0 ? "Yes" : "No" : null);
                row.Shared(r.Outcome?.Describe().Capitalised());
                row.Shared(r.Status.Describe().Capitalised());
                row.Shared(r.AllocatedOfficer);
                row.End();
            }

            xml.Write($"</sheetData><autoFilter ref=\"A1:{lastColumn}{rowCount}\"/></worksheet>");
        }

        var sheets = workbookPart.Workbook.Sheets!;
        sheets.Append(new Sheet { Name = CasesSheet, SheetId = sheets.Elements<Sheet>().Max(s => s.SheetId!.Value) + 1, Id = workbookPart.GetIdOfPart(part) });
        var definedNames = workbookPart.Workbook.DefinedNames ?? workbookPart.Workbook.AppendChild(new DefinedNames());
        definedNames.Append(new DefinedName($"'{CasesSheet}'!$A$1:${lastColumn}${rowCount}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = (uint)(sheets.Count() - 1),
            Hidden = true,
        });
        sharedStrings.Save();
        workbookPart.Workbook.Save();
    }

    /// <summary>
    /// The workbook's shared string table, for the case sheet's repeated values (area, subject, status…): one copy
    /// of each in the file instead of one per row.
    /// </summary>
    private sealed class SharedStrings
    {
        private readonly SharedStringTable _table;
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private int _count;

        public SharedStrings(WorkbookPart workbookPart)
        {
            var part = workbookPart.SharedStringTablePart ?? workbookPart.AddNewPart<SharedStringTablePart>();
            _table = part.SharedStringTable ??= new SharedStringTable();
            foreach (var item in _table.Elements<SharedStringItem>())
            {
                _index.TryAdd(item.InnerText, _count);
                _count++;
            }
        }

        public int IndexOf(string text)
        {
            if (_index.TryGetValue(text, out var index)) return index;
            index = _count++;
            _table.AppendChild(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            _index[text] = index;
            return index;
        }

        public void Save()
        {
            _table.Count = _table.UniqueCount = (uint)_count;
            _table.Save();
        }
    }

    /// <summary>
    /// Reads the rows on another thread, a bounded number ahead of the writer, so that reading from the database and
    /// writing the XML overlap without the whole year being held in memory. Disposing stops the reading.
    /// </summary>
    private sealed class RowPrefetch : IAsyncDisposable
    {
        private readonly System.Threading.Channels.Channel<KpiCaseRow> _channel;
        private readonly CancellationTokenSource _stop;
        private readonly Task _reader;

        public RowPrefetch(IAsyncEnumerable<KpiCaseRow> rows, int capacity, CancellationToken cancellationToken)
        {
            _channel = System.Threading.Channels.Channel.CreateBounded<KpiCaseRow>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var stop = _stop.Token;
            _reader = Task.Run(async () =>
            {
                try
                {
                    await foreach (var row in rows.WithCancellation(stop)) await _channel.Writer.WriteAsync(row, stop);
                    _channel.Writer.Complete();
                }
                catch (Exception ex)
                {
                    _channel.Writer.Complete(ex);
                }
            }, CancellationToken.None);
        }

        public IAsyncEnumerable<KpiCaseRow> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _reader;
            _stop.Dispose();
        }
    }

    private sealed record CaseStyles(uint Date, uint QuotedText);

    private static CaseStyles AddCaseStyles(Stylesheet stylesheet)
    {
        // Custom number formats are numbered from 164 up (lower numbers are Excel's built-in ones); the list comes first in the stylesheet.
        var numberFormats = stylesheet.NumberingFormats ?? stylesheet.InsertAt(new NumberingFormats(), 0);
        var dateFormatId = Math.Max(164u, numberFormats.Elements<NumberingFormat>().Select(f => f.NumberFormatId?.Value ?? 0).DefaultIfEmpty().Max() + 1);
        numberFormats.Append(new NumberingFormat { NumberFormatId = dateFormatId, FormatCode = DateFormat });
        numberFormats.Count = (uint)numberFormats.ChildElements.Count;
        var formats = stylesheet.CellFormats!;
        formats.Append(new CellFormat { NumberFormatId = dateFormatId, ApplyNumberFormat = true, FontId = 0, FillId = 0, BorderId = 0 });
        formats.Append(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, QuotePrefix = true });
        formats.Count = (uint)formats.ChildElements.Count;
        stylesheet.Save();
        return new CaseStyles(formats.Count.Value - 2, formats.Count.Value - 1);
    }

    /// <summary>
    /// Writes one row's cells in column order. Cells carry no reference: the spreadsheet format places them in order, an
    /// empty one is a bare <c>&lt;c/&gt;</c>, and leaving the references out makes a year's sheet a quarter smaller.
    /// </summary>
    private sealed class CaseRowWriter(TextWriter xml, CaseStyles styles, SharedStrings sharedStrings)
    {
        private readonly string _date = styles.Date.ToString(CultureInfo.InvariantCulture);
        private readonly string _quoted = styles.QuotedText.ToString(CultureInfo.InvariantCulture);

        public void Start(int row)
        {
            xml.Write("<row r=\"");
            xml.Write(row);
            xml.Write("\">");
        }

        public void End() => xml.Write("</row>");

        /// <summary>An inline string is never a formula; text that looks like one also gets the quote prefix, as on the other sheets.</summary>
        public void Text(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                xml.Write("<c/>");
                return;
            }

            xml.Write(LooksLikeFormula(text) ? $"<c t=\"inlineStr\" s=\"{_quoted}\"><is><t" : "<c t=\"inlineStr\"><is><t");
            xml.Write(text.Trim().Length != text.Length ? " xml:space=\"preserve\">" : ">");
            WriteEscaped(text);
            xml.Write("</t></is></c>");
        }

        /// <summary>A value repeated down the column, kept once in the shared string table.</summary>
        public void Shared(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                xml.Write("<c/>");
                return;
            }

            xml.Write(LooksLikeFormula(text) ? $"<c t=\"s\" s=\"{_quoted}\"><v>" : "<c t=\"s\"><v>");
            xml.Write(sharedStrings.IndexOf(XmlSafe(text)));
            xml.Write("</v></c>");
        }

        public void Number(int? value) => Value(value?.ToString(CultureInfo.InvariantCulture), style: null);

        /// <summary>A date as Excel's serial number (days since 30 December 1899), shown as dd/mm/yyyy.</summary>
        public void Date(DateOnly? value) => Value(value is { } date ? (date.DayNumber - ExcelEpoch.DayNumber).ToString(CultureInfo.InvariantCulture) : null, _date);

        private void Value(string? number, string? style)
        {
            if (number is null)
            {
                xml.Write("<c/>");
                return;
            }

            xml.Write(style is null ? "<c><v>" : $"<c s=\"{style}\"><v>");
            xml.Write(number);
            xml.Write("</v></c>");
        }

        private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

        private void WriteEscaped(string text)
        {
            foreach (var ch in XmlSafe(text))
            {
                switch (ch)
                {
                    case '&': xml.Write("&amp;"); break;
                    case '<': xml.Write("&lt;"); break;
                    case '>': xml.Write("&gt;"); break;
                    default: xml.Write(ch); break;
                }
            }
        }

        /// <summary>XML 1.0 cannot carry most control characters; a pasted one becomes a space rather than a broken file.</summary>
        private static string XmlSafe(string text)
        {
            foreach (var ch in text)
            {
                if (ch < 0x20 && ch is not ('\t' or '\n' or '\r')) return new string(text.Select(c => c < 0x20 && c is not ('\t' or '\n' or '\r') ? ' ' : c).ToArray());
            }

            return text;
        }
    }

    private static string ColumnName(int number)
    {
        var name = "";
        while (number > 0)
        {
            var remainder = (number - 1) % 26;
            name = (char)('A' + remainder) + name;
            number = (number - 1) / 26;
        }

        return name;
    }
}
