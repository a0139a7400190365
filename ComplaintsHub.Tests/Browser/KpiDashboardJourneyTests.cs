using System.Globalization;
using ClosedXML.Excel;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Support;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class KpiDashboardJourney(BrowserFixture browser)
{
    [Fact]
    public async Task APortfolioHolderSeesEveryChartDrawnForASeededQuarterWithItsTableAndDownloadsTheWorkbook()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        var quarter = ReportPeriod.ForQuarter(ReportPeriod.QuarterContaining(TestToday.Date).LastQuarter.Previous);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {DemoStaff.PortfolioHolder}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Performance", Exact = true })).ToBeVisibleAsync();

        await page.GotoAsync($"/kpis?period={quarter.Key}");
        await SignInJourney.WaitUntilInteractiveAsync(page);

        await Assertions.Expect(page.GetByTestId("period-summary")).ToContainTextAsync(quarter.Label);
        foreach (var chart in new[] { "chart-received", "chart-within", "chart-outcomes", "chart-categories", "chart-trend", "chart-trend-shares" })
        {
            // ApexCharts draws into an SVG with one path per bar or line: the chart is really drawn, not just its box.
            await Assertions.Expect(page.GetByTestId(chart).Locator("svg.apexcharts-svg")).ToHaveCountAsync(1);
            Assert.True(await page.GetByTestId(chart).Locator("svg path.apexcharts-bar-area, svg path.apexcharts-line").CountAsync() > 0, $"{chart} has no bars or lines");
        }

        await Assertions.Expect(page.GetByTestId("table-received-by-month").Locator("tbody tr")).Not.ToHaveCountAsync(0);
        var received = int.Parse(await page.GetByTestId("tile-received").Locator("p").First.InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB"));
        Assert.True(received >= 5, $"the seeded quarter shows {received} complaints received; two years of demo data give dozens a quarter");
        await Assertions.Expect(page.GetByText("CMP-")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "complaintshub-kpis.png"), FullPage = true });

        // How long the export takes is the benchmark's to measure; the wait allows for a CI box running the whole suite at once.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export").ClickAsync(), new() { Timeout = 120_000 });

        Assert.Equal($"complaints-kpis-{quarter.Key}.xlsx", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"kpis-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        using var workbook = new XLWorkbook(path);
        Assert.DoesNotContain(workbook.Worksheets, w => w.Name == KpiWorkbook.CasesSheet);
        Assert.Equal(received, workbook.Worksheet("Headline").Cell(2, 2).GetValue<int>());
        File.Delete(path);
    }

    [Fact]
    public async Task TheDashboardOpensOnTheLastCompleteQuarterAndTheRunningQuarterIsOneChoiceAwayInTheAddress()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        var running = ReportPeriod.QuarterContaining(TestToday.Date);
        var lastComplete = ReportPeriod.ForQuarter(running.LastQuarter.Previous);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Mark Ellis" }).ClickAsync();
        await page.GotoAsync("/kpis");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        // On 20 November 2026 that is "Q2 2026/27 (1 July 2026 to 30 September 2026)".
        await Assertions.Expect(page.GetByTestId("period-summary")).ToContainTextAsync(lastComplete.LongLabel);
        await Assertions.Expect(page.GetByTestId("chart-received").Locator(".apexcharts-xaxis-label tspan").First).ToHaveTextAsync(lastComplete.Months[0].ToString("MMM yyyy"));

        await page.GetByTestId("period").PickAsync(running.Label);

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"period={running.Key}"));
        await Assertions.Expect(page.GetByTestId("period-summary")).ToContainTextAsync(running.Label);
        var firstMonth = running.Months[0].ToString("MMM yyyy");
        await Assertions.Expect(page.GetByTestId("chart-received").Locator(".apexcharts-xaxis-label tspan").First).ToHaveTextAsync(firstMonth);
    }
}
