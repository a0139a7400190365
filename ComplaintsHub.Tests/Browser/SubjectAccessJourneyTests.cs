using System.IO.Compression;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Documents;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SubjectAccessJourney(BrowserFixture browser)
{
    [Fact]
    public async Task TheComplaintsTeamLogsASubjectAccessRequestGathersThePersonsRecordAndDownloadsTheBundleWithTheirDocumentWhichTheAccessLogThenShows()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var baseUrl = factory.StartKestrel();
        // A demo complainant with an email address, and the cases held for them.
        int personId;
        string name, email;
        List<string> references;
        await using (var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync())
        {
            var person = await db.Complainants.Where(p => p.Email != null && db.Complaints.Any(c => c.ComplainantId == p.Id))
                .OrderBy(p => p.Id).Select(p => new { p.Id, p.FirstName, p.LastName, p.Email }).FirstAsync();
            (personId, name, email) = (person.Id, $"{person.FirstName} {person.LastName}", person.Email!);
            references = await db.Complaints.Where(c => c.ComplainantId == personId).OrderBy(c => c.Id).Select(c => c.Reference).ToListAsync();
        }

        var page = await browser.NewPageAsync(baseUrl);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {DemoStaff.ComplaintsAdmin}" }).ClickAsync();
        // The person's letter, scanned and kept with their case: the bundle gives it back as it was received.
        var scan = SampleFiles.Make(SampleFiles.JpegStart, 40_000, seed: 5);
        await page.GotoAsync($"/cases/{references[0]}");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        var card = page.GetByTestId("case-documents");
        await card.GetByLabel("Description (optional)").FillAsync("Their letter of complaint, scanned");
        await card.Locator("input[type=file]").SetInputFilesAsync([new FilePayload { Name = "letter from the complainant.jpg", MimeType = "image/jpeg", Buffer = scan }]);
        await Assertions.Expect(card.GetByTestId("download-document")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Subject access requests", Exact = true }).ClickAsync();
        await SignInJourney.WaitUntilInteractiveAsync(page);
        // The demo council has one request in progress already.
        await Assertions.Expect(page.GetByTestId("subject-access-list").Locator("tbody tr")).ToHaveCountAsync(1);

        await page.GetByTestId("sar-requester").FillAsync(name);
        await page.GetByTestId("sar-open").ClickAsync();
        try
        {
            await Assertions.Expect(page.GetByTestId("sar-summary")).ToBeVisibleAsync();
        }
        catch (PlaywrightException)
        {
            Console.WriteLine("PAGE: " + page.Url + " " + await page.Locator("main").InnerTextAsync());
            throw;
        }

        await Assertions.Expect(page.GetByTestId("sar-summary")).ToContainTextAsync($"due {TestToday.Date.AddMonths(1):d MMMM yyyy}");
        await Assertions.Expect(page.GetByTestId("sar-no-records")).ToBeVisibleAsync();

        await page.Locator("input[data-testid=records-person-search], [data-testid=records-person-search] input").First.FillAsync(email);
        await page.GetByTestId("records-person-find").ClickAsync();
        await page.GetByTestId("sar-add-record").ClickAsync();
        await Assertions.Expect(page.GetByTestId("sar-records")).ToContainTextAsync(name);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("sar-download").ClickAsync());
        using (var zip = ZipFile.OpenRead(await download.PathAsync()))
        {
            await using (var kept = zip.GetEntry($"documents/{references[0]}/letter from the complainant.jpg")!.Open())
            {
                var bytes = new MemoryStream();
                await kept.CopyToAsync(bytes);
                Assert.Equal(scan, bytes.ToArray());
            }

            await using var summary = zip.GetEntry("summary.docx")!.Open();
            var copy = new MemoryStream();
            await summary.CopyToAsync(copy);
            using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(copy, false);
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.All(references, r => Assert.Contains(r, text));
            Assert.Contains(email, text);
        }

        await page.GotoAsync($"/records/access?person={personId}");
        await SignInJourney.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator($"[data-testid=access-log] tr[data-purpose={PersonalDataPurpose.ProducedSubjectAccessBundle}]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"[data-testid=access-log] tr[data-purpose={PersonalDataPurpose.OpenedCase}]")).ToHaveCountAsync(1);
    }
}
