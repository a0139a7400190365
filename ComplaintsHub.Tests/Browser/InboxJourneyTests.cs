using System.Text.RegularExpressions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(TestToday.Category, TestToday.DateSensitive)]
public class InboxJourney(BrowserFixture browser)
{
    [Fact]
    public async Task AnOfficerLogsAnEmailFromTheInboxAndFindsItOnTheNewCase()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var baseUrl = factory.StartKestrel();
        var dbFactory = factory.Get<IDbContextFactory<ComplaintsDbContext>>();
        var item = new InboxItem("complaints@imap:993/INBOX", 1, 1, null, "grace@example.net", "Grace Okonkwo", "Green bin missed again", TestToday.Now.UtcDateTime.AddHours(-2),
            "My green bin has been missed three weeks running.", "From: grace@example.net\r\n\r\nMy green bin…\r\n"u8.ToArray(), 30,
            [new InboxAttachment("bin.jpg", "image/jpeg", 3, [1, 2, 3])], TestToday.Now.UtcDateTime);
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.InboxItems.Add(item);
            await db.SaveChangesAsync();
        }

        var page = await browser.NewPageAsync(baseUrl);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Tom Bennett" }).ClickAsync();
        await page.GotoAsync("/inbox");
        await SignInJourney.WaitUntilInteractiveAsync(page);

        await page.GetByText("Green bin missed again").ClickAsync();
        await Assertions.Expect(page.GetByTestId("inbox-item-text")).ToContainTextAsync("three weeks running");
        await page.GetByTestId("log-from-email").ClickAsync();
        await Assertions.Expect(page.GetByTestId("from-email")).ToBeVisibleAsync();
        await SignInJourney.WaitUntilInteractiveAsync(page);
        await page.GetByTestId("service-area").PickAsync("Waste & Recycling");
        await page.GetByTestId("save-contact").ClickAsync();

        var reference = page.GetByTestId("logged-reference");
        await Assertions.Expect(reference).ToHaveTextAsync(new Regex($"^CMP-{TestToday.Date.Year}-[0-9]{{5}}$"));
        var logged = (await reference.TextContentAsync())!.Trim();
        await page.GotoAsync($"/cases/{logged}");
        await Assertions.Expect(page.GetByTestId("case-email-attachment")).ToHaveTextAsync("bin.jpg");
        await using var check = await dbFactory.CreateDbContextAsync();
        var saved = await check.InboxItems.SingleAsync(i => i.Id == item.Id);
        var complaint = await check.Complaints.Include(c => c.Complainant).SingleAsync(c => c.Reference == logged);
        Assert.Equal((InboxItemStatus.Logged, complaint.Id), (saved.Status, saved.ComplaintId));
        Assert.Equal((Channel.Email, "grace@example.net"), (complaint.Channel, complaint.Complainant!.Email));
    }
}
