using AngleSharp.Html.Parser;
using ClosedXML.Excel;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Reports;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Web;

/// <summary>A portfolio holder's dashboard and workbook over two years of demo data.</summary>
[Trait(TestToday.Category, TestToday.DateSensitive)]
public class CouncillorKpiPage(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly ReportPeriod ThisQuarter = ReportPeriod.QuarterContaining(TestToday.Date);

    /// <summary>
    /// The four quarters before this one, the financial year of the last of them and the year before, each for every
    /// area and for one area: periods the two years of demo data cover whatever the day (on the first day of a quarter
    /// or a year, the current one has no complaints yet).
    /// </summary>
    public static TheoryData<string, bool> DemoViews()
    {
        var data = new TheoryData<string, bool>();
        var previous = ThisQuarter.LastQuarter.Previous;
        var quarters = ReportPeriod.QuartersEndingWith(previous, 4).Select(q => ReportPeriod.ForQuarter(q).Key);
        var years = new[] { previous.FinancialYearStart, previous.FinancialYearStart - 1 }.Select(y => ReportPeriod.ForYear(y).Key);
        foreach (var key in quarters.Concat(years))
        {
            data.Add(key, false);
            data.Add(key, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DemoViews))]
    public async Task NoWithheldFigureCanBeWorkedOutInTheDemoData(string period, bool oneArea)
    {
        ReportPeriod.TryParse(period, out var parsed);
        var councillor = await StaffAsync(DemoStaff.PortfolioHolder);
        var all = await app.Factory.Get<KpiQuery>().GetAsync(new KpiFilter(parsed), councillor);
        var report = oneArea ? await app.Factory.Get<KpiQuery>().GetAsync(new KpiFilter(parsed, all.ServiceAreas.First(a => a.Value == "Housing").Key), councillor) : all;

        var tables = KpiTables.Build(report);

        Assert.Empty(SuppressionAudit.Problems(tables, report));
        Assert.True(report.ReceivedTotal > 0, "the demo data should have complaints in the period");
    }

    [Fact]
    public async Task ThePageAndTheWorkbookWithholdTheSameCells()
    {
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.PortfolioHolder);
        var period = ReportPeriod.ForQuarter(ThisQuarter.LastQuarter.Previous).Key;

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/kpis?period={period}"));
        using var workbook = new XLWorkbook(await client.GetStreamAsync($"/kpis/export?period={period}"));

        var report = await app.Factory.Get<KpiQuery>().GetAsync(new KpiFilter(ReportPeriod.ForQuarter(ThisQuarter.LastQuarter.Previous)), await StaffAsync(DemoStaff.PortfolioHolder));
        var onPage = new List<string>();
        var inWorkbook = new List<string>();
        foreach (var table in KpiTables.Build(report))
        {
            var rows = page.QuerySelectorAll($"[data-testid='table-{table.Key}'] tbody tr").ToList();
            var sheet = workbook.Worksheet(KpiWorkbook.SheetName(table));
            Assert.Equal(table.Rows.Count, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                var cells = rows[r].Children.Skip(table.LabelColumns.Count).Select(c => c.TextContent.Trim()).ToList();
                for (var c = 0; c < table.ValueColumns.Count; c++)
                {
                    if (IsWithheld(cells[c])) onPage.Add($"{table.Key} {r} {c} {cells[c]}");
                    var text = sheet.Cell(r + 2, table.LabelColumns.Count + c + 1).GetString();
                    if (IsWithheld(text)) inWorkbook.Add($"{table.Key} {r} {c} {text}");
                }
            }
        }

        Assert.Contains(onPage, p => p.EndsWith(KpiCell.WithheldText, StringComparison.Ordinal));
        Assert.Equal(onPage, inWorkbook);
    }

    private static bool IsWithheld(string text) => text is KpiCell.SuppressedText or KpiCell.WithheldText;

    private async Task<CurrentStaff> StaffAsync(string name)
    {
        var row = (await app.Factory.Get<StaffDirectory>().ListAsync()).Single(s => s.DisplayName == name);
        return new CurrentStaff(row.Id, row.DisplayName, row.Roles.ToHashSet());
    }
}
