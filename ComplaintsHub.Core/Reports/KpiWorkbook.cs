using System.Globalization;
using ClosedXML.Excel;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplaintsHub.Core.Reports;

/// <summary>Who the workbook was made for and by, for its cover sheet.</summary>
public sealed record WorkbookCover(string Council, string GeneratedBy, DateTime GeneratedAtUtc);

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
    };

    private static readonly string[] CaseColumns =
    [
        "Reference", "Service area", "Subject", "Category", "Procedure", "Stage", "Opened", "Acknowledged", "Response due", "Extended by (working days)",
        "Response sent", "Working days to respond", "Working days late", "Within timescale", "Outcome", "Case status", "Allocated officer",
    ];

    public static string SheetName(KpiTable table) => SheetNames.TryGetValue(table.Key, out var name) ? name : table.Title[..Math.Min(31, table.Title.Length)];

    /// <summary>File name for the download, e.g. <c>complaints-kpis-2026-Q2.xlsx</c>.</summary>
    public static string FileName(KpiReport report) => $"complaints-kpis-{report.Period.Key}.xlsx";

    /// <summary>
    /// Writes the workbook to <paramref name="output"/>. Case rows (staff only) are streamed into their sheet with the
    /// Open XML writer: ClosedXML holds every cell in memory, which a year of a large council's cases would not fit.
    /// </summary>
    public static async Task WriteAsync(Stream output, KpiReport report, IReadOnlyList<KpiTable> tables, WorkbookCover cover,
        IAsyncEnumerable<KpiCaseRow>? cases, CancellationToken cancellationToken = default)
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

        if (cases is not null) await AppendCasesSheetAsync(buffer, cases, cancellationToken);
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
        SetText(sheet.Cell(row, 1), $"{cover.Council}: complaints performance");
        sheet.Cell(row, 1).Style.Font.Bold = true;
        sheet.Cell(row, 1).Style.Font.FontSize = 16;
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
        sheet.Cell(row, 2).Style.NumberFormat.Format = "dd/mm/yyyy hh:mm";
        sheet.Cell(row, 2).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        row++;
        Fact("Open and overdue taken on", report.AsAt.ToString("d MMMM yyyy", Uk));
        Fact("Target within timescale", report.Target.ToString("0.#%", Uk));
        Fact("Audience", report.Audience == KpiAudience.Councillor
            ? "Aggregates only. Counts from 1 to 4 are shown as <5 so that no one can be identified; no case-level sheet."
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

        sheet.Column(1).Width = 30;
        sheet.Column(2).Width = 110;
        sheet.Column(2).Style.Alignment.WrapText = true;
    }

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

    private static async Task AppendCasesSheetAsync(MemoryStream buffer, IAsyncEnumerable<KpiCaseRow> cases, CancellationToken cancellationToken)
    {
        buffer.Position = 0;
        using var document = SpreadsheetDocument.Open(buffer, true);
        var workbookPart = document.WorkbookPart!;
        var styles = AddCaseStyles(workbookPart.WorkbookStylesPart!.Stylesheet);
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var columns = Enumerable.Range(1, CaseColumns.Length).Select(ColumnName).ToArray();
        // Widths must be written before the rows, and the rows are streamed once, so they are set per column, not measured.
        double[] widths = [16, 24, 28, 24, 30, 8, 12, 13, 13, 14, 13, 13, 11, 11, 18, 16, 22];
        var rowCount = 1;
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetViews());
            writer.WriteStartElement(new SheetView { WorkbookViewId = 0 });
            writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement(new Columns());
            for (var c = 0; c < widths.Length; c++)
            {
                writer.WriteElement(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true });
            }

            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, 1, columns, CaseColumns.Select(c => TextCell(c, styles)).ToArray());
            await foreach (var row in cases.WithCancellation(cancellationToken))
            {
                rowCount++;
                WriteRow(writer, rowCount, columns,
                [
                    TextCell(row.Reference, styles), TextCell(row.ServiceArea, styles), TextCell(row.Subject, styles), TextCell(row.Category, styles), TextCell(row.Procedure, styles),
                    NumberCell(row.Stage), DateCell(row.OpenedOn, styles), DateCell(row.AcknowledgedOn, styles), DateCell(row.ResponseDue, styles),
                    NumberCell(row.ExtendedByWorkingDays), DateCell(row.ResponseSentOn, styles), NumberCell(row.WorkingDaysToRespond), NumberCell(row.WorkingDaysLate),
                    TextCell(row.WorkingDaysLate is { } late ? late == 0 ? "Yes" : "No" : null, styles), TextCell(row.Outcome?.Describe().Capitalised(), styles),
                    TextCell(row.Status.Describe().Capitalised(), styles), TextCell(row.AllocatedOfficer, styles),
                ]);
            }

            writer.WriteEndElement();
            writer.WriteElement(new AutoFilter { Reference = $"A1:{columns[^1]}{rowCount}" });
            writer.WriteEndElement();
        }

        var sheets = workbookPart.Workbook.Sheets!;
        sheets.Append(new Sheet { Name = CasesSheet, SheetId = sheets.Elements<Sheet>().Max(s => s.SheetId!.Value) + 1, Id = workbookPart.GetIdOfPart(part) });
        var definedNames = workbookPart.Workbook.DefinedNames ?? workbookPart.Workbook.AppendChild(new DefinedNames());
        definedNames.Append(new DefinedName($"'{CasesSheet}'!$A$1:${columns[^1]}${rowCount}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = (uint)(sheets.Count() - 1),
            Hidden = true,
        });
        workbookPart.Workbook.Save();
    }

    private sealed record CaseStyles(uint Date, uint QuotedText);

    private static CaseStyles AddCaseStyles(Stylesheet stylesheet)
    {
        var formats = stylesheet.CellFormats!;
        // Built-in number format 14 is the short date, shown in the reader's own date order (dd/mm/yyyy in the UK).
        formats.Append(new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true, FontId = 0, FillId = 0, BorderId = 0 });
        formats.Append(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, QuotePrefix = true });
        formats.Count = (uint)formats.ChildElements.Count;
        stylesheet.Save();
        return new CaseStyles(formats.Count.Value - 2, formats.Count.Value - 1);
    }

    private static void WriteRow(OpenXmlWriter writer, int rowNumber, string[] columns, Cell?[] cells)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)rowNumber });
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is not { } cell) continue;
            cell.CellReference = columns[c] + rowNumber.ToString(CultureInfo.InvariantCulture);
            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    /// <summary>An inline string is never a formula; text that looks like one also gets the quote prefix, as on the other sheets.</summary>
    private static Cell? TextCell(string? text, CaseStyles styles)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var cell = new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };
        if (LooksLikeFormula(text)) cell.StyleIndex = styles.QuotedText;
        return cell;
    }

    private static Cell? NumberCell(int? value) =>
        value is { } v ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture)) } : null;

    private static Cell? DateCell(DateOnly? value, CaseStyles styles) =>
        value is { } date
            ? new Cell { CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)), StyleIndex = styles.Date }
            : null;

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
