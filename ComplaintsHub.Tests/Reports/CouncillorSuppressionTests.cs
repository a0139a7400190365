using ClosedXML.Excel;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Tests.Reports;

/// <summary>Councillors' figures: no count from 1 to 4 can be worked out from what else the report shows.</summary>
public class CouncillorSuppression
{
    /// <summary>A small count given away: Housing Q3 2026/27 showed received 18, Stage 1 15 and Stage 2 "&lt;5", so Stage 2 was 3.</summary>
    private static KpiReport HousingQuarter(KpiAudience audience = KpiAudience.Councillor) =>
        new HandBuiltReport { Audience = audience, Areas = new Dictionary<int, string> { [HandBuiltReport.Housing] = "Housing" } }
            .Received(HandBuiltReport.Housing, 1, 0, 6).Received(HandBuiltReport.Housing, 1, 1, 5).Received(HandBuiltReport.Housing, 1, 2, 4, AnswerState.WithinTimescale)
            .Received(HandBuiltReport.Housing, 2, 0, 2).Received(HandBuiltReport.Housing, 2, 2, 1)
            .Build();

    private static KpiCell Tile(IReadOnlyList<KpiTable> tables, string label) =>
        tables.Single(t => t.Key == KpiTables.Headline).Rows.Single(r => r.Labels[0] == label).Cells[0];

    [Fact]
    public void TheHousingQuarterStage2CountCannotBeWorkedOutFromReceivedAndStage1()
    {
        var report = HousingQuarter();

        var tables = KpiTables.Build(report);

        Assert.Equal(KpiCell.SuppressedText, Tile(tables, "Stage 2 complaints received").Text);
        var received = Tile(tables, "Complaints received (all stages)");
        var stage1 = Tile(tables, "Stage 1 complaints received");
        Assert.False(received.Value is not null && stage1.Value is not null, $"received {received.Text} and Stage 1 {stage1.Text} would give Stage 2 away");
        Assert.Equal(KpiCell.WithheldText, stage1.Text);          // the next smallest of the sum's parts
        Assert.Equal(18, received.Value);
        Assert.Empty(SuppressionAudit.Problems(tables, report));
    }

    [Fact]
    public void StaffSeeEveryFigureOfTheSameQuarter()
    {
        var tables = KpiTables.Build(HousingQuarter(KpiAudience.Staff));

        Assert.Equal([18, 15, 3], new[] { "Complaints received (all stages)", "Stage 1 complaints received", "Stage 2 complaints received" }.Select(l => Tile(tables, l).Value));
        Assert.DoesNotContain(tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells), SuppressionAudit.Hidden);
    }

    public static TheoryData<string, string?, string?> KpiWorldViews => new()
    {
        { "2026-Q2", null, null },
        { "2026-Q3", null, null },
        { "2026", null, null },
        { "2026-Q2", "Waste & Recycling", null },
        { "2026-Q2", null, ComplaintsHub.Core.Domain.Procedure.HousingCode },
        { "2026-Q1", null, null },
    };

    [Theory]
    [MemberData(nameof(KpiWorldViews))]
    public async Task NoWithheldFigureCanBeWorkedOutInAnyTableOfTheKpiWorld(string period, string? area, string? procedure)
    {
        var world = await KpiWorld.GetAsync(DatabaseProvider.Sqlite);
        ReportPeriod.TryParse(period, out var parsed);
        var report = await world.ReportAsync(parsed, world.Councillor, area is null ? null : world.Areas[area], procedure is null ? null : await ProcedureIdAsync(world, procedure));

        var tables = KpiTables.Build(report);

        Assert.Empty(SuppressionAudit.Problems(tables, report));
        var staffTables = KpiTables.Build(report with { Audience = KpiAudience.Staff });
        // The same figures unsuppressed give something away, so the audit has something to find.
        Assert.NotEmpty(SuppressionAudit.Problems(staffTables.Select(t => Primary(t)).ToList(), report));
    }

    [Fact]
    public async Task TheWorkbookWithholdsExactlyTheCellsThePageWithholds()
    {
        var world = await KpiWorld.GetAsync(DatabaseProvider.Sqlite);
        var report = await world.ReportAsync(KpiWorld.Q2, world.Councillor);
        var tables = KpiTables.Build(report);

        using var stream = new MemoryStream();
        // As the export endpoint writes it: the workbook lays the report out itself.
        await KpiWorkbook.WriteAsync(stream, Task.FromResult(report), new WorkbookCover("Ashbury District Council", world.Councillor.Name, new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc)), null);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);

        var withheld = 0;
        foreach (var table in tables)
        {
            var sheet = workbook.Worksheet(KpiWorkbook.SheetName(table));
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Rows[r].Cells.Count; c++)
                {
                    var expected = table.Rows[r].Cells[c];
                    var cell = sheet.Cell(r + 2, table.Rows[r].Labels.Count + c + 1);
                    if (!SuppressionAudit.Hidden(expected)) continue;
                    withheld++;
                    Assert.Equal((XLDataType.Text, expected.Text), (cell.DataType, cell.GetString()));
                }
            }
        }

        Assert.True(withheld > 10, $"only {withheld} withheld cells");
        Assert.Contains(KpiCell.WithheldText, workbook.Worksheet(KpiWorkbook.CoverSheet).CellsUsed().Select(c => c.GetString()).Single(t => t.StartsWith("Aggregates only", StringComparison.Ordinal)));
    }

    /// <summary>Only the primary rule (1–4 as "&lt;5"), as councillors' tables were before secondary suppression.</summary>
    private static KpiTable Primary(KpiTable table) => table with
    {
        Rows = table.Rows.Select(r => r with { Cells = r.Cells.Select(c => c.Format == KpiFormat.Count && c.Value is > 0 and < 5 ? KpiCell.Count((int)c.Value, true) : c).ToList() }).ToList(),
    };

    private static async Task<int> ProcedureIdAsync(KpiWorld world, string code)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        return db.Procedures.Single(p => p.Code == code).Id;
    }
}
