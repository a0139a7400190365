using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Documents;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class CaseDocumentsJourney(BrowserFixture browser)
{
    /// <summary>
    /// The black mould complaint of the issue: the tenant's photos kept with the case, a response that promises the fan,
    /// the promise marked done with a photo to show it, and every step on the timeline.
    /// </summary>
    [Fact]
    public async Task ATeamLeaderAddsTwoPhotosRecordsAResponseWithAPromiseAndMarksItDoneShownByAPhotoAllOnTheTimeline()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        string reference;
        await using (var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync())
        {
            // Acknowledged, so a response can be recorded; allocated, so the promise has its owner by default.
            reference = await db.Complaints.Where(c => c.ServiceArea!.Name == "Housing" && c.Status == CaseStatus.Acknowledged && c.CurrentStage == 1 && c.AllocatedOfficer!.DisplayName == DemoStaff.Officer)
                .OrderBy(c => c.Id).Select(c => c.Reference).FirstAsync();
        }

        var kitchen = SampleFiles.Make(SampleFiles.JpegStart, 150_000, seed: 1);
        var bedroom = SampleFiles.Make(SampleFiles.PngStart, 90_000, seed: 2);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {DemoStaff.TeamLeader}" }).ClickAsync();
        await page.GotoAsync($"/cases/{reference}");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        var card = page.GetByTestId("case-documents");
        await card.GetByLabel("Description (optional)").FillAsync("Photos taken by the tenant");
        await card.Locator("input[type=file]").SetInputFilesAsync(
        [
            new FilePayload { Name = "kitchen mould.jpg", MimeType = "image/jpeg", Buffer = kitchen },
            new FilePayload { Name = "bedroom.png", MimeType = "image/png", Buffer = bedroom },
        ]);

        await Assertions.Expect(card.GetByTestId("download-document")).ToHaveCountAsync(2);
        await Assertions.Expect(card.GetByTestId("document-outcome")).ToHaveTextAsync(["kitchen mould.jpg added.", "bedroom.png added."]);
        var timeline = page.GetByTestId("timeline-entry");
        await Assertions.Expect(timeline.Filter(new() { HasText = "Document added: kitchen mould.jpg (147 KB)" })).ToHaveCountAsync(1);
        await Assertions.Expect(timeline.Filter(new() { HasText = "Document added: bedroom.png (88 KB)" })).ToHaveCountAsync(1);
        var download = await page.RunAndWaitForDownloadAsync(() => card.GetByRole(AriaRole.Link, new() { Name = "Download kitchen mould.jpg" }).ClickAsync());
        Assert.Equal("kitchen mould.jpg", download.SuggestedFilename);
        Assert.Equal(kitchen, await File.ReadAllBytesAsync((await download.PathAsync())!));

        await page.GetByRole(AriaRole.Button, new() { Name = "Record response" }).ClickAsync();
        await page.GetByTestId("response-outcome").PickAsync("Not upheld");
        await page.GetByTestId("add-promised").ClickAsync();
        await page.GetByTestId("promised-row").GetByLabel("What we will do").FillAsync("Fit the extractor fan");
        var by = TestToday.Date.AddDays(21);
        var byText = by.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        var byField = page.GetByTestId("promised-row").GetByLabel("By", new() { Exact = true });
        await byField.FillAsync(by.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await byField.PressAsync("Tab");
        await page.GetByTestId("confirm-action").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-action")).ToHaveCountAsync(0);
        await Assertions.Expect(timeline.First).ToHaveTextAsync($"Stage 1 response sent: not upheld. Promised: Fit the extractor fan by {byText} ({DemoStaff.Officer}).");

        var promised = page.GetByTestId("promised-actions");
        await promised.GetByTestId("complete-promised").ClickAsync();
        await promised.Locator("textarea").First.FillAsync("Fan fitted and tested.");
        await promised.GetByTestId("completion-document").PickAsync("kitchen mould.jpg");
        await promised.GetByTestId("confirm-action").ClickAsync();
        await Assertions.Expect(promised.GetByTestId("promised-done")).ToHaveCountAsync(1);
        await Assertions.Expect(promised.GetByTestId("promised-evidence")).ToHaveTextAsync("Shown by kitchen mould.jpg");
        await Assertions.Expect(timeline.First).ToHaveTextAsync("Promised action done: Fit the extractor fan. Fan fitted and tested. Shown by the document kitchen mould.jpg.");
        await Assertions.Expect(timeline.Filter(new() { HasText = "Document added:" })).ToHaveCountAsync(2);
    }
}
