using System.Net;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using UglyToad.PdfPig;

namespace ComplaintsHub.Tests.Web;

public class LetterPdfDownloads(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task AnIssuedLettersPdfDownloadsOnlyForThoseWhoMaySeeTheCase()
    {
        var staff = await app.Factory.Get<StaffDirectory>().ListAsync();
        var leaderRow = staff.Single(s => s.DisplayName == "David Okafor");
        var leader = new CurrentStaff(leaderRow.Id, leaderRow.DisplayName, leaderRow.Roles.ToHashSet());
        var letters = app.Factory.Get<Core.Letters.LetterService>();
        var reference = await Browser.Stage1Journey.LogComplaintAsync(app.Factory);
        var draftId = await letters.CreateDraftAsync(reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        var letterId = await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, leader);
        var outsider = app.Factory.CreateBrowserLikeClient();
        await outsider.SignInAsAsync(DemoStaff.Officer);
        var insider = app.Factory.CreateBrowserLikeClient();
        await insider.SignInAsAsync("Tom Bennett");

        var refused = await outsider.GetAsync($"/letters/{letterId}/pdf");
        var allowed = await insider.GetAsync($"/letters/{letterId}/pdf");
        var word = await insider.GetAsync($"/letters/{letterId}/download");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("application/pdf", allowed.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Path.ChangeExtension(word.Content.Headers.ContentDisposition!.FileNameStar, ".pdf"), allowed.Content.Headers.ContentDisposition!.FileNameStar);
        using var pdf = PdfDocument.Open(await allowed.Content.ReadAsByteArrayAsync());
        Assert.Contains(reference, string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }

    [Fact]
    public async Task ALetterThatIsNotThereHasNoPdf()
    {
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync("Tom Bennett");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/letters/99999/pdf")).StatusCode);
    }
}
