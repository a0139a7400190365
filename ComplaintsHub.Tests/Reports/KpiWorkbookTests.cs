using ClosedXML.Excel;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Tests.Reports;

public class KpiWorkbookContents
{
    private static readonly DateTime GeneratedAt = new(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task EverySheetHoldsTheDashboardTablesFiguresAsTypedCells()
    {
        var world = await KpiWorld.GetAsync(DatabaseProvider.Sqlite);
        var report = await world.ReportAsync(KpiWorld.Q2);
        var tables = KpiTables.Build(report);

        using var workbook = await WriteAsync(world, report, world.Admin);

        Assert.Equal([KpiWorkbook.CoverSheet, .. tables.Select(KpiWorkbook.SheetName), KpiWorkbook.CasesSheet], workbook.Worksheets.Select(w => w.Name));
        foreach (var table in tables)
        {
            var sheet = workbook.Worksheet(KpiWorkbook.SheetName(table));
            Assert.Equal([.. table.LabelColumns, .. table.ValueColumns], sheet.Row(1).Cells(1, table.LabelColumns.Count + table.ValueColumns.Count).Select(c => c.GetString()));
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    var cell = sheet.Cell(r + 2, row.Labels.Count + c + 1);
                    var expected = row.Cells[c];
                    if (expected.Value is { } number && expected.Format != KpiFormat.Text)
                    {
                        Assert.Equal(XLDataType.Number, cell.DataType);
                        Assert.Equal(number, cell.GetDouble(), 6);
                    }
                    else
                    {
                        Assert.Equal(expected.Text, cell.GetString());
                    }
                }
            }

            Assert.Equal(1, sheet.SheetView.SplitRow);
            Assert.True(sheet.AutoFilter.IsEnabled);
        }

        var timescales = workbook.Worksheet(KpiWorkbook.SheetName(tables.Single(t => t.Key == KpiTables.Timescales)));
        Assert.Equal("0.0%", timescales.Cell(2, 6).Style.NumberFormat.Format);
        Assert.Equal(0.6, timescales.Cell(2, 6).GetDouble(), 6);
        Assert.InRange(timescales.Column(1).Width, 8, 70);
    }

    [Fact]
    public async Task TheCaseSheetHasOneRowPerStageOpenedOrAnsweredWithRealDatesAndNoComplainantDetails()
    {
        var world = await KpiWorld.GetAsync(DatabaseProvider.Sqlite);
        var report = await world.ReportAsync(KpiWorld.Q2);

        using var workbook = await WriteAsync(world, report, world.Admin);

        var cases = workbook.Worksheet(KpiWorkbook.CasesSheet);
        Assert.Equal(11, cases.LastRowUsed().RowNumber());             // header + 10 stages
        var a = cases.RowsUsed().Single(r => r.Cell(1).GetString() == "KPI-001");
        Assert.Equal(new DateTime(2026, 8, 26), a.Cell(7).GetDateTime());
        Assert.Equal((10, "Yes", "Not upheld"), (a.Cell(12).GetValue<int>(), a.Cell(14).GetString(), a.Cell(15).GetString()));
        Assert.Equal(1, cases.SheetView.SplitRow);
        Assert.DoesNotContain(cases.CellsUsed(), c => c.GetString().Contains("Person", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACouncillorsWorkbookHasNoCaseSheetAndSuppressesSmallCounts()
    {
        var world = await KpiWorld.GetAsync(DatabaseProvider.Sqlite);
        var report = await world.ReportAsync(KpiWorld.Q2, world.Councillor);

        using var workbook = await WriteAsync(world, report, world.Councillor);

        Assert.DoesNotContain(workbook.Worksheets, w => w.Name == KpiWorkbook.CasesSheet);
        var headline = workbook.Worksheet("Headline");
        var decisions = headline.RowsUsed().Single(r => r.Cell(1).GetString() == "Ombudsman decisions");
        Assert.Equal((XLDataType.Text, "<5"), (decisions.Cell(2).DataType, decisions.Cell(2).GetString()));
        Assert.DoesNotContain(workbook.Worksheets.SelectMany(w => w.CellsUsed()), c => c.GetString().Contains("KPI-0", StringComparison.Ordinal) || c.GetString().Contains("Person", StringComparison.Ordinal));
        await Assert.ThrowsAsync<PermissionDeniedException>(async () =>
        {
            await foreach (var _ in world.Database.Get<KpiCaseRowsQuery>().ListAsync(new KpiFilter(KpiWorld.Q2), world.Councillor)) { }
        });
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Click\")")]
    [InlineData("+SUM(1,2)")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    public async Task TextThatLooksLikeAFormulaIsWrittenAsTextWithAQuotePrefix(string text)
    {
        var world = await KpiWorld.GetAsync(DatabaseProvider.Sqlite);
        var report = await world.ReportAsync(KpiWorld.Q2);
        var table = new KpiTable("injection", "Injection check", "", ["Label"], ["Value"], [new KpiRow([text], [KpiCell.Of(text)])]);
        var row = new KpiCaseRow(text, text, text, null, "Corporate", 1, new DateOnly(2026, 7, 1), null, null, 0, null, null, null, null, Core.Domain.CaseStatus.Received, text);

        using var stream = new MemoryStream();
        await KpiWorkbook.WriteAsync(stream, report, [table], new WorkbookCover("Ashbury", "Mark Ellis", GeneratedAt), Rows(row));
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);

        var cells = workbook.Worksheet("Injection check").Range("A2:B2").Cells().Concat(workbook.Worksheet(KpiWorkbook.CasesSheet).Range("A2:B2").Cells()).ToList();
        Assert.All(cells, cell =>
        {
            Assert.False(cell.HasFormula);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.Equal(text, cell.GetString());
            Assert.True(cell.Style.IncludeQuotePrefix);
        });
    }

    [Fact]
    public async Task AControlCharacterPastedIntoANameDoesNotBreakTheFile()
    {
        var world = await KpiWorld.GetAsync(DatabaseProvider.Sqlite);
        var report = await world.ReportAsync(KpiWorld.Q2);
        var row = new KpiCaseRow("CMP-2026-00001", "Waste\u0001 & Recycling", null, null, "Corporate", 1, new DateOnly(2026, 7, 1), null, null, 0, null, null, null, null, Core.Domain.CaseStatus.Received, null);

        using var stream = new MemoryStream();
        await KpiWorkbook.WriteAsync(stream, report, [], new WorkbookCover("Ashbury", "Mark Ellis", GeneratedAt), Rows(row));
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);

        Assert.Equal("Waste  & Recycling", workbook.Worksheet(KpiWorkbook.CasesSheet).Cell(2, 2).GetString());
        Assert.Equal(new DateTime(2026, 7, 1), workbook.Worksheet(KpiWorkbook.CasesSheet).Cell(2, 7).GetDateTime());
    }

    [Theory]
    [InlineData("Ashbury District Council")]
    [InlineData("The Council of the Royal Borough of Kensington and Chelsea, the City of Westminster and the London Borough of Hammersmith and Fulham Shared Services")]
    public async Task TheCoverTitleSpansBothColumnsAndItsRowIsTallEnoughToShowItWhole(string council)
    {
        var world = await KpiWorld.GetAsync(DatabaseProvider.Sqlite);
        var report = await world.ReportAsync(KpiWorld.Q2);
        var title = $"{council}: complaints performance";

        using var stream = new MemoryStream();
        await KpiWorkbook.WriteAsync(stream, report, [], new WorkbookCover(council, "Mark Ellis", GeneratedAt), cases: null);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);

        var cover = workbook.Worksheet(KpiWorkbook.CoverSheet);
        Assert.Equal(title, cover.Cell(1, 1).GetString());
        Assert.Equal("A1:B1", Assert.Single(cover.MergedRanges, r => r.Contains(cover.Cell(1, 1))).RangeAddress.ToString());
        Assert.True(cover.Cell(1, 1).Style.Alignment.WrapText);
        // Column widths count characters of the 11 point body font; the title is 16 point.
        var charactersPerLine = (cover.Column(1).Width + cover.Column(2).Width) * 11 / 16;
        var lines = Math.Ceiling(title.Length / charactersPerLine);
        Assert.True(cover.Row(1).Height >= lines * 16 * 1.2, $"{title.Length} characters take {lines} line(s) of 16 point text, but row 1 is {cover.Row(1).Height} points tall");
    }

    [Fact]
    public async Task EveryDateInTheWorkbookIsWrittenDayMonthYearWhateverTheReadersLocale()
    {
        var world = await KpiWorld.GetAsync(DatabaseProvider.Sqlite);
        var report = await world.ReportAsync(KpiWorld.Q2);

        using var workbook = await WriteAsync(world, report, world.Admin);

        var cases = workbook.Worksheet(KpiWorkbook.CasesSheet);
        string[] dateColumns = ["Opened", "Acknowledged", "Response due", "Response sent"];
        var columns = dateColumns.Select(name => cases.Row(1).CellsUsed().Single(c => c.GetString() == name).Address.ColumnNumber).ToList();
        var caseDates = cases.RowsUsed().Skip(1).SelectMany(r => columns.Select(r.Cell)).Where(c => !c.IsEmpty()).ToList();
        Assert.Equal(10, caseDates.Count(c => c.Address.ColumnNumber == columns[0]));   // every stage has the date it opened
        Assert.All(caseDates, c =>
        {
            Assert.Equal(XLDataType.DateTime, c.DataType);
            Assert.Equal("dd/mm/yyyy", c.Style.NumberFormat.Format);
        });
        var cover = workbook.Worksheet(KpiWorkbook.CoverSheet);
        var generatedAt = cover.RowsUsed().Single(r => r.Cell(1).GetString() == "Generated at").Cell(2);
        Assert.Equal((XLDataType.DateTime, "dd/mm/yyyy hh:mm"), (generatedAt.DataType, generatedAt.Style.NumberFormat.Format));
        // Nowhere else is a date left to the reader's locale.
        var everyDate = workbook.Worksheets.SelectMany(w => w.CellsUsed()).Where(c => c.DataType == XLDataType.DateTime).ToList();
        Assert.Equal(caseDates.Count + 1, everyDate.Count);
        Assert.All(everyDate, c => Assert.Contains(c.Style.NumberFormat.Format, new[] { "dd/mm/yyyy", "dd/mm/yyyy hh:mm" }));
    }

    private static async Task<XLWorkbook> WriteAsync(KpiWorld world, KpiReport report, CurrentStaff staff)
    {
        var stream = new MemoryStream();
        var cases = report.Audience == KpiAudience.Staff ? world.Database.Get<KpiCaseRowsQuery>().ListAsync(report.Filter, staff) : null;
        await KpiWorkbook.WriteAsync(stream, report, KpiTables.Build(report), new WorkbookCover("Ashbury District Council", staff.Name, GeneratedAt), cases);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

#pragma warning disable CS1998 // an async iterator over fixed rows
    private static async IAsyncEnumerable<KpiCaseRow> Rows(params KpiCaseRow[] rows)
    {
        foreach (var row in rows) yield return row;
    }
#pragma warning restore CS1998
}
