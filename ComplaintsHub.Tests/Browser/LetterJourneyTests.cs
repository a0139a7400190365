using System.Text.RegularExpressions;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class LetterJourney(BrowserFixture browser)
{
    [Fact]
    public async Task ATeamLeaderComposesAStage1ResponseWithTwoPointsAndAnActionIssuesItInOnePassAndDownloadsWordAndPdf()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        var reference = await AcknowledgedComplaintAsync(factory);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as David Okafor" }).ClickAsync();
        await page.GotoAsync($"/cases/{reference}");
        await SignInJourney.WaitUntilInteractiveAsync(page);

        await page.GetByTestId("letter-type").PickAsync("Stage 1 response");
        await page.GetByTestId("letter-outcome").PickAsync("Partly upheld");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the letter" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/letters/drafts/[0-9]+$"));
        await SignInJourney.WaitUntilInteractiveAsync(page);
        var preview = page.GetByTestId("letter-preview");
        await page.GetByTestId("what-you-told-us").FillAsync("You told us your assisted bin collection was missed on three Mondays in November.");
        await page.GetByTestId("add-point").ClickAsync();
        await page.GetByTestId("point-issue").Nth(0).FillAsync("Collections were missed on three dates");
        await page.GetByTestId("point-decision").Nth(0).PickAsync("Upheld");
        await page.GetByTestId("point-reasons").Nth(0).FillAsync("the crew's tracker shows they did not stop at your address");
        await page.GetByTestId("add-point").ClickAsync();
        await page.GetByTestId("point-issue").Nth(1).FillAsync("The crew were rude when you called");
        await page.GetByTestId("point-decision").Nth(1).PickAsync("Not upheld");
        await page.GetByTestId("point-reasons").Nth(1).FillAsync("We listened to the call and the crew member was polite.");
        await page.GetByTestId("draft-reasons").FillAsync("The crew missed two of the three dates.");
        await page.GetByTestId("draft-remedy").FillAsync("We apologise and have restored your collections.");
        await page.GetByTestId("add-action").ClickAsync();
        await page.GetByTestId("action-what").FillAsync("Check the assisted collection list with the crew");
        // Three weeks after whichever day the suite runs on, so the action is never dated in the past.
        var actionBy = TestToday.Date.AddDays(21);
        var actionByText = actionBy.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        var by = page.GetByLabel("By", new() { Exact = true });
        await by.FillAsync(actionBy.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await by.PressAsync("Tab");
        await page.GetByTestId("action-who").FillAsync("Waste Services Team Leader");
        await page.GetByTestId("draft-root-cause").FillAsync("Round change not passed to crews.");
        await page.GetByTestId("draft-lesson").FillAsync("Assisted list checked at every round change.");

        await Assertions.Expect(preview).ToContainTextAsync("You told us your assisted bin collection was missed on three Mondays in November.");
        await Assertions.Expect(preview).ToContainTextAsync("Collections were missed on three dates: Upheld. The crew's tracker shows they did not stop at your address.");
        await Assertions.Expect(preview).ToContainTextAsync("The crew were rude when you called: Not upheld.");
        await Assertions.Expect(preview).ToContainTextAsync("Overall, our decision is that your complaint is partly upheld. The crew missed two of the three dates.");
        await Assertions.Expect(preview.Locator("table")).ToContainTextAsync("Check the assisted collection list with the crew");
        await Assertions.Expect(preview.Locator("table")).ToContainTextAsync(actionByText);
        await page.GetByTestId("issue-letter").ClickAsync();

        // Issuing makes the PDF with LibreOffice (up to its one-minute timeout) before the case changes: on a loaded
        // 2-core CI machine, with the suite running beside it, that can take longer than the default wait.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/cases/{reference}$"), new() { Timeout = 90_000 });
        await Assertions.Expect(page.GetByTestId("case-status")).ToHaveTextAsync("Stage 1: Responded (partly upheld)");
        await Assertions.Expect(page.GetByTestId("timeline-entry").First).ToHaveTextAsync(new Regex("^Stage 1 response issued to Grace Okonkwo in large print \\(template revision 1\\)\\.$"));

        var word = await DownloadAsync(page, "download-docx", ".docx");
        using (var document = WordprocessingDocument.Open(word, false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains($"Our reference: {reference}", text);
            Assert.Contains("Collections were missed on three dates: Upheld.", text);
            Assert.Contains("Check the assisted collection list with the crew", text);
        }

        var pdf = await DownloadAsync(page, "download-pdf", ".pdf");
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains(reference, text);
            Assert.Contains(actionByText, text);
            Assert.Contains($"Page 1 of {document.NumberOfPages}", text);
        }

        File.Delete(word);
        File.Delete(pdf);

        // The letter's promise is tracked on the case until it is marked done.
        var promised = page.GetByTestId("promised-actions");
        await Assertions.Expect(promised).ToContainTextAsync("Check the assisted collection list with the crew");
        await Assertions.Expect(promised).ToContainTextAsync(actionByText);
        await promised.GetByTestId("complete-promised").ClickAsync();
        await promised.Locator("textarea").First.FillAsync("List checked with the crew on their next round.");
        await promised.GetByTestId("confirm-action").ClickAsync();
        await Assertions.Expect(promised.GetByTestId("promised-done")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("timeline-entry").First)
            .ToHaveTextAsync("Promised action done: Check the assisted collection list with the crew. List checked with the crew on their next round.");
    }

    private static async Task<string> DownloadAsync(IPage page, string testId, string extension)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("issued-letter").First.GetByTestId(testId).ClickAsync());
        Assert.EndsWith(extension, download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}{extension}");
        await download.SaveAsAsync(path);
        return path;
    }

    private static async Task<string> AcknowledgedComplaintAsync(ComplaintsHubFactory factory)
    {
        var reference = await Stage1Journey.LogComplaintAsync(factory);
        var leader = (await factory.Get<StaffDirectory>().ListAsync()).Single(s => s.DisplayName == "David Okafor");
        var asLeader = new CurrentStaff(leader.Id, leader.DisplayName, leader.Roles.ToHashSet());
        var current = Assert.IsType<CaseLookup.Found>(await factory.Get<CaseQuery>().GetAsync(reference, asLeader)).Case;
        await factory.Get<CaseActions>().ApplyAsync(current.Id, current.Version, new AcknowledgeCommand(null), asLeader);
        return reference;
    }
}
