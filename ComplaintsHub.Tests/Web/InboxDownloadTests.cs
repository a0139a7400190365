using System.Net;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Web;

public class InboxDownloads(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly byte[] Original = "From: grace@example.net\r\nSubject: Bin\r\n\r\nMissed again.\r\n"u8.ToArray();
    private static readonly byte[] Page = "<html><script>alert(document.cookie)</script></html>"u8.ToArray();

    private async Task<InboxItem> StoreAsync()
    {
        var item = new InboxItem("complaints@imap:993/INBOX", 7, Random.Shared.Next(1, int.MaxValue), null, "grace@example.net", "Grace Okonkwo", "Bin", TestToday.Now.UtcDateTime,
            "Missed again.", Original, Original.Length, [new InboxAttachment("page.html", "text/html", Page.Length, Page)], TestToday.Now.UtcDateTime);
        await using var db = await app.Factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        db.InboxItems.Add(item);
        await db.SaveChangesAsync();
        return item;
    }

    [Fact]
    public async Task AnInboxEmailsOriginalAndAttachmentsDownloadAsFilesNeverAsPages()
    {
        var item = await StoreAsync();
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.Officer);

        var original = await client.GetAsync($"/inbox/{item.Id}/original");
        var attachment = await client.GetAsync($"/inbox/attachments/{item.Attachments[0].Id}");

        Assert.Equal((HttpStatusCode.OK, "message/rfc822"), (original.StatusCode, original.Content.Headers.ContentType!.MediaType));
        Assert.Equal(Original, await original.Content.ReadAsByteArrayAsync());
        Assert.Equal((HttpStatusCode.OK, "application/octet-stream", "attachment"),
            (attachment.StatusCode, attachment.Content.Headers.ContentType!.MediaType, attachment.Content.Headers.ContentDisposition!.DispositionType));
        Assert.Equal(Page, await attachment.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task APortfolioHolderGetsNoInboxFile()
    {
        var item = await StoreAsync();
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.PortfolioHolder);

        var response = await client.GetAsync($"/inbox/{item.Id}/original");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Missed again.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnEmailThatIsNotThereIsNotFound()
    {
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.Officer);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/inbox/999999/original")).StatusCode);
    }
}
