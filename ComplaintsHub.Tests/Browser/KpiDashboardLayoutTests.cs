using System.Text.Json;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Support;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

/// <summary>How the dashboard sits on a common council laptop screen, 1366 by 768, measured in the browser.</summary>
[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class KpiDashboardLayout(BrowserFixture browser)
{
    private sealed record Box(double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
        public override string ToString() => $"x {Left:0}–{Right:0}, y {Top:0}–{Bottom:0}";
    }

    private sealed record ChartLayout(Box Plot, Box[] Bars, Box[] Targets, string[] TargetTexts, string[] LabelsOnTheLine, double[] TargetLineX, double[] TargetLineY);

    private sealed record TableLayout(string Table, double ScrollWidth, double ClientWidth, double LastColumnRight, double ContainerRight);

    [Fact]
    public async Task TheTargetIsNamedAboveThePlotWhereItCoversNoBarAndItsDashedLineStandsAtNinetyPerCent()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await OpenDashboardAsync(factory);

        var within = await ChartLayoutAsync(page, "chart-within");

        Assert.True(within.Bars.Length >= 7, $"the within-timescale chart drew {within.Bars.Length} bars");
        Assert.Equal(["Target 90.0% (dashed red line)"], within.TargetTexts);
        var target = Assert.Single(within.Targets);
        Assert.Empty(within.LabelsOnTheLine);
        Assert.Empty(within.Bars.Where(target.Overlaps).Select(b => b.ToString()));
        Assert.True(target.Bottom <= within.Plot.Top, $"the target's name ({target}) reaches into the plot ({within.Plot})");
        // The dashed line is still drawn, 90% of the way along the axis.
        var x = Assert.Single(within.TargetLineX);
        Assert.Equal(0.9, (x - within.Plot.Left) / (within.Plot.Right - within.Plot.Left), 2);

        var trend = await ChartLayoutAsync(page, "chart-trend-shares");
        Assert.Equal(["Target 90.0% (dashed red line)"], trend.TargetTexts);
        Assert.Empty(trend.LabelsOnTheLine);
        Assert.True(Assert.Single(trend.Targets).Bottom <= trend.Plot.Top, $"the trend's target name reaches into its plot ({trend.Plot})");
        Assert.Single(trend.TargetLineY);
    }

    [Fact]
    public async Task EveryChartedTableShowsItsLastColumnWithinItsPanelAndThePageDoesNotScrollSideways()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await OpenDashboardAsync(factory);

        var tables = Read<TableLayout[]>(await page.EvaluateAsync<string>(@"() => JSON.stringify([...document.querySelectorAll('[data-testid^=table-]')].map(t => {
            const container = t.closest('.kpi-table-scroll');
            const headings = t.querySelectorAll('thead th');
            return {
                table: t.getAttribute('data-testid'),
                scrollWidth: container.scrollWidth,
                clientWidth: container.clientWidth,
                lastColumnRight: headings[headings.length - 1].getBoundingClientRect().right,
                containerRight: container.getBoundingClientRect().right,
            };
        }))"));
        var pageWidth = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth");

        Assert.Equal(1366, pageWidth);
        var within = Assert.Single(tables, t => t.Table == $"table-{KpiTables.WithinByArea}");
        // It was 554 px wide in a 507 px panel: "Average working days to respond" ran past the panel and the screen's edge.
        Assert.True(within.ScrollWidth <= within.ClientWidth, $"the within-timescale table is {within.ScrollWidth} px wide in a {within.ClientWidth} px panel");
        Assert.True(within.LastColumnRight <= within.ContainerRight && within.ContainerRight <= 1366,
            $"its last column ends at {within.LastColumnRight} px, its panel at {within.ContainerRight} px, the screen at 1366 px");
        var charted = new[] { KpiTables.ReceivedByMonth, KpiTables.WithinByArea, KpiTables.Outcomes, KpiTables.Categories, KpiTables.Trend };
        Assert.Empty(tables.Where(t => charted.Any(c => t.Table == $"table-{c}") && (t.ScrollWidth > t.ClientWidth || t.LastColumnRight > t.ContainerRight))
            .Select(t => $"{t.Table}: {t.ScrollWidth} px in {t.ClientWidth} px"));
    }

    private async Task<IPage> OpenDashboardAsync(ComplaintsHubFactory factory)
    {
        var page = await browser.NewPageAsync(factory.StartKestrel());
        await page.SetViewportSizeAsync(1366, 768);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {DemoStaff.ComplaintsAdmin}" }).ClickAsync();
        await page.GotoAsync("/kpis");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("chart-within").Locator("path.apexcharts-bar-area").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("chart-trend-shares").Locator("path.apexcharts-line").First).ToBeVisibleAsync();
        return page;
    }

    private static async Task<ChartLayout> ChartLayoutAsync(IPage page, string chart) =>
        Read<ChartLayout>(await page.GetByTestId(chart).EvaluateAsync<string>(@"chart => {
            const box = e => { const b = e.getBoundingClientRect(); return { left: b.left, top: b.top, right: b.right, bottom: b.bottom }; };
            const named = [...chart.querySelectorAll('svg text')].filter(t => t.textContent.includes('Target'));
            return JSON.stringify({
                plot: box(chart.querySelector('.apexcharts-grid')),
                bars: [...chart.querySelectorAll('path.apexcharts-bar-area')].map(box),
                targets: named.map(box),
                targetTexts: named.map(t => t.textContent),
                labelsOnTheLine: [...chart.querySelectorAll('.apexcharts-xaxis-annotation-label, .apexcharts-yaxis-annotation-label')].map(t => t.textContent).filter(t => t.trim() !== ''),
                targetLineX: [...chart.querySelectorAll('.apexcharts-xaxis-annotations line')].map(l => l.getBoundingClientRect().left),
                targetLineY: [...chart.querySelectorAll('.apexcharts-yaxis-annotations line')].map(l => l.getBoundingClientRect().top),
            });
        }"));

    // Measured in the page and read here as JSON: Playwright's own conversion needs classes with empty constructors.
    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}
