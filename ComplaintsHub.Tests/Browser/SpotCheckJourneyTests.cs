using ComplaintsHub.Core.AnnualReporting;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Tests.Support;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class SpotCheckJourney(BrowserFixture browser)
{
    [Fact]
    public async Task AHeadOfServiceChecksACaseFromTheirSampleRaisesAnImprovementActionFromItAndTheComplaintsTeamSeesTheCheckDoneThenProducesAndDownloadsTheAnnualReport()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var baseUrl = factory.StartKestrel();
        var page = await browser.NewPageAsync(baseUrl);
        var quarter = factory.Get<SpotChecksQuery>().Quarters()[0];
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {DemoStaff.HeadOfService}" }).ClickAsync();
        // A click on the prerendered home page can be lost as the live page takes over: wait for it first.
        await SignInJourney.WaitUntilInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Spot checks", Exact = true }).ClickAsync();
        await SignInJourney.WaitUntilInteractiveAsync(page);

        // Two years of demo data close dozens of Housing and Planning complaints a quarter: at least the minimum of five are drawn.
        var rows = page.GetByTestId("sample-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        Assert.True(await rows.CountAsync() >= 5, "the head of service's sample has fewer than five cases");
        var reference = await rows.First.GetByTestId("sample-case").InnerTextAsync();
        await rows.First.GetByTestId("sample-case").ClickAsync();
        await SignInJourney.WaitUntilInteractiveAsync(page);

        foreach (var question in Enum.GetValues<SpotCheckQuestion>())
        {
            var answer = question == SpotCheckQuestion.SaysHowToEscalate ? SpotCheckAnswer.No : SpotCheckAnswer.Yes;
            await page.GetByTestId($"question-{question}").GetByRole(AriaRole.Radio, new() { Name = answer.Describe(), Exact = true }).CheckAsync();
        }

        await page.GetByTestId("spot-check-findings").FillAsync("The response did not name the Housing Ombudsman or say how to escalate.");
        await page.GetByTestId("confirm-action").ClickAsync();
        await Assertions.Expect(page.GetByTestId("recorded-SaysHowToEscalate")).ToHaveTextAsync("No");

        await page.GetByTestId("raise-from-spot-check").ClickAsync();
        await page.GetByTestId("raise-theme").FillAsync("Escalation wording in responses");
        await page.GetByTestId("raise-description").FillAsync("Every response template names the right Ombudsman; team leaders check it before sign-off.");
        await page.GetByTestId("raise-owner").PickAsync(DemoStaff.HeadOfService);
        var due = page.Locator("[data-testid=raise-due] input, input[data-testid=raise-due]").First;
        await due.FillAsync(TestToday.Date.AddDays(60).ToString("dd/MM/yyyy"));
        await due.PressAsync("Tab");
        await page.GetByTestId("confirm-action").ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/improvement-actions/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Escalation wording in responses");
        await Assertions.Expect(page.GetByText("a spot check's findings")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("improvement-case")).ToHaveTextAsync(reference);

        var team = await browser.NewPageAsync(baseUrl);
        await team.GotoAsync("/account/dev-signin");
        await team.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {DemoStaff.ComplaintsAdmin}" }).ClickAsync();
        await team.GotoAsync($"/spot-checks?quarter={quarter.Key}");
        await SignInJourney.WaitUntilInteractiveAsync(team);
        var james = team.GetByTestId("completion-row").Filter(new() { HasText = DemoStaff.HeadOfService });
        await Assertions.Expect(james.GetByTestId("completion-checked")).ToHaveTextAsync("1");
        await Assertions.Expect(james.GetByTestId("completion-failings")).ToHaveTextAsync("1");
        await Assertions.Expect(james.GetByTestId("completion-actions")).ToHaveTextAsync("1");
        await Assertions.Expect(team.GetByTestId("spot-check-failings")).ToContainTextAsync("Says how to escalate: answered no in 1 check");

        await team.GetByRole(AriaRole.Link, new() { Name = "Annual report", Exact = true }).ClickAsync();
        await SignInJourney.WaitUntilInteractiveAsync(team);
        await Assertions.Expect(team.GetByTestId("no-annual-reports")).ToBeVisibleAsync();
        // The report is produced and downloaded as the Word draft the team reads before publishing. Publishing also
        // converts both copies with LibreOffice, which the suite's letter tests keep busy; the annual report's data
        // tests publish, and check each version is kept as published.
        // Building the report reads four years' figures and draws its charts: the benchmark measures how long that takes;
        // here the wait allows for a CI box running the whole suite at once (the 20 s default ran out in one such run).
        var draft = await team.RunAndWaitForDownloadAsync(() => team.GetByTestId("draft-staff").ClickAsync(), new() { Timeout = 120_000 });
        Assert.Equal(AnnualReportWord.FileName(ReportingYearsOffered(), Core.Reports.KpiAudience.Staff, null, "docx"), draft.SuggestedFilename);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(await draft.PathAsync(), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Annual complaints performance and service improvement report", text);
        Assert.Contains("draft (not published)", text);
        Assert.Equal(2, word.MainDocumentPart.ChartParts.Count());
    }

    /// <summary>The year the page offers first: the financial year before today's.</summary>
    private static int ReportingYearsOffered() => Core.Reports.ReportingYears.Offered(TestToday.Date)[0];
}
