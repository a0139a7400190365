using System.Text.Json;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Support;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

/// <summary>How the dashboard sits on a common council laptop screen, 1366 by 768, measured in the browser.</summary>
[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class KpiDashboardLayout(BrowserFixture browser)
{
    private sealed record TableLayout(string Table, double ScrollWidth, double ClientWidth, double LastColumnRight, double ContainerRight);

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

    // Measured in the page and read here as JSON: Playwright's own conversion needs classes with empty constructors.
    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}
