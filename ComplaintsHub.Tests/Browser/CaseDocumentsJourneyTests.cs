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
    [Fact]
    public async Task AnOfficerAddsTwoPhotosToACaseSeesThemOnTheTimelineAndDownloadsOneUnchanged()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        string reference;
        await using (var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync())
        {
            reference = await db.Complaints.Where(c => c.ServiceArea!.Name == "Housing" && c.Status != CaseStatus.Closed).OrderBy(c => c.Id).Select(c => c.Reference).FirstAsync();
        }

        var kitchen = SampleFiles.Make(SampleFiles.JpegStart, 150_000, seed: 1);
        var bedroom = SampleFiles.Make(SampleFiles.PngStart, 90_000, seed: 2);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {DemoStaff.Officer}" }).ClickAsync();
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
    }
}
