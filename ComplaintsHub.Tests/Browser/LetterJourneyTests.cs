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
    public async Task ATeamLeaderComposesPreviewsEditsAndIssuesAStage1ResponseAndDownloadsIt()
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
        await page.GetByLabel("Reasons for the decision").FillAsync("The crew missed two of the three dates.");
        await page.GetByLabel("Remedy (apology, action taken)").FillAsync("We apologise and have restored your collections.");
        await page.GetByLabel("Root cause").FillAsync("Round change not passed to crews.");
        await page.GetByLabel("Lesson learnt").FillAsync("Assisted list checked at every round change.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the letter" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/letters/drafts/[0-9]+$"));
        await SignInJourney.WaitUntilInteractiveAsync(page);
        var preview = page.GetByTestId("letter-preview");
        await Assertions.Expect(preview).ToContainTextAsync("Our decision is that your complaint is partly upheld. The crew missed two of the three dates.");
        await Assertions.Expect(preview.Locator("h2")).ToHaveTextAsync("Our response to your complaint");

        var text = page.GetByTestId("letter-text");
        var edited = (await text.InputValueAsync()).Replace("## What we found", "## What we found\nWe spoke to the crew and checked the vehicle tracker for each date.");
        await text.FillAsync(edited);
        await Assertions.Expect(preview).ToContainTextAsync("We spoke to the crew and checked the vehicle tracker for each date.");
        await page.GetByTestId("issue-letter").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/cases/{reference}$"));
        await Assertions.Expect(page.GetByTestId("case-status")).ToHaveTextAsync("Stage 1: Responded (partly upheld)");
        await Assertions.Expect(page.GetByTestId("timeline-entry").First).ToHaveTextAsync(new Regex("^Stage 1 response issued to Grace Okonkwo in large print \\(template revision 1\\)\\.$"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("issued-letter").GetByTestId("download-docx").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(path);

        Assert.EndsWith(".docx", download.SuggestedFilename);
        using var document = WordprocessingDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains("We spoke to the crew and checked the vehicle tracker for each date.", document.MainDocumentPart!.Document.Body!.InnerText);
        File.Delete(path);
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
