using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Tests.Support;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class SpotCheckJourney(BrowserFixture browser)
{
    [Fact]
    public async Task AHeadOfServiceChecksACaseFromTheirSampleRaisesAnImprovementActionFromItAndTheComplaintsTeamSeesTheCheckDoneThenPublishesAndDownloadsTheAnnualReport()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var baseUrl = factory.StartKestrel();
        var page = await browser.NewPageAsync(baseUrl);
        var quarter = factory.Get<SpotChecksQuery>().Quarters()[0];
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {DemoStaff.HeadOfService}" }).ClickAsync();
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
        const string response = "The Audit and Governance Committee considered the report and asked for the spot-check findings to come back in six months.";
        await team.GetByTestId("annual-report-response").FillAsync(response);
        await team.GetByTestId("annual-report-publish").ClickAsync();
        // Publishing writes both copies as Word and PDF: LibreOffice takes a while on a busy machine.
        await Assertions.Expect(team.GetByTestId("annual-report-version")).ToHaveCountAsync(1, new() { Timeout = 120_000 });

        var staffCopy = await team.RunAndWaitForDownloadAsync(() => team.GetByTestId("download-staff-docx").ClickAsync());
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(await staffCopy.PathAsync(), false))
        {
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains(response, text);
            Assert.Contains("published version 1", text);
        }

        var councillorsPdf = await team.RunAndWaitForDownloadAsync(() => team.GetByTestId("download-councillors-pdf").ClickAsync());
        Assert.EndsWith("-councillors-v1.pdf", councillorsPdf.SuggestedFilename);
        Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(await councillorsPdf.PathAsync()))[..4]);
    }
}
