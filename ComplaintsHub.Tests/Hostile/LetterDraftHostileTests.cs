using System.Net;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Support;
using ComplaintsHub.Tests.Web;

namespace ComplaintsHub.Tests.Hostile;

/// <summary>
/// A letter draft opened, saved, issued or discarded by someone outside its case's service area (by guessing its
/// number): refused as the case itself is refused, never passed off as "issued or discarded", and nothing changes.
/// </summary>
[Trait("Category", "Hostile")]
public class LetterDraftHostileTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string WasteReason = "This case belongs to Waste & Recycling, which is not one of your service areas.";

    [Fact]
    public async Task AnotherAreasDraftIsRefusedWithTheCasesReasonAndLeftAsItWas()
    {
        await using var world = await CaseWorld.CreateAsync();
        var letters = world.Database.Get<LetterService>();
        var leader = world.Staff["David Okafor"];
        var outsider = world.Staff["Priya Shah"];
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, leader);
        var before = (await letters.DraftAsync(draftId, leader))!;

        var refusals = new[]
        {
            await Assert.ThrowsAsync<PermissionDeniedException>(() => letters.DraftAsync(draftId, outsider)),
            await Assert.ThrowsAsync<PermissionDeniedException>(() => letters.SaveDraftAsync(draftId, before.Version, "Overwritten.", outsider)),
            await Assert.ThrowsAsync<PermissionDeniedException>(() => letters.IssueAsync(draftId, before.Version, before.CaseVersion, before.Text, outsider)),
            await Assert.ThrowsAsync<PermissionDeniedException>(() => letters.DiscardDraftAsync(draftId, before.Version, outsider)),
        };

        Assert.All(refusals, refusal => Assert.Equal(WasteReason, refusal.Message));
        var after = (await letters.DraftAsync(draftId, leader))!;
        Assert.Equal((before.Version, before.Text), (after.Version, after.Text));
        Assert.Empty((await letters.ForCaseAsync(await world.OpenAsync("David Okafor"))).Issued);
    }

    [Fact]
    public async Task TheDraftPageRefusesAnotherAreasDraftAndShowsNoneOfIt()
    {
        var directory = await app.Factory.Get<StaffDirectory>().ListAsync();
        var leaderRow = directory.Single(s => s.DisplayName == "David Okafor");
        var leader = new CurrentStaff(leaderRow.Id, leaderRow.DisplayName, leaderRow.Roles.ToHashSet());
        var reference = await Browser.Stage1Journey.LogComplaintAsync(app.Factory);
        var draftId = await app.Factory.Get<LetterService>().CreateDraftAsync(reference, LetterType.Acknowledgement, null, leader);
        var outsider = app.Factory.CreateBrowserLikeClient();
        await outsider.SignInAsAsync(DemoStaff.Officer);
        var insider = app.Factory.CreateBrowserLikeClient();
        await insider.SignInAsAsync("Tom Bennett");

        var refused = await outsider.GetAsync($"/letters/drafts/{draftId}");
        var allowed = await insider.GetStringAsync($"/letters/drafts/{draftId}");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"draft-no-access\"", page);
        Assert.Contains(WebUtility.HtmlEncode(WasteReason), page);
        Assert.DoesNotContain("data-testid=\"draft-gone\"", page);
        Assert.DoesNotContain("data-testid=\"letter-text\"", page);
        Assert.DoesNotContain(reference, page);
        Assert.Contains("data-testid=\"letter-text\"", allowed);
    }

    [Fact]
    public async Task AnIssuedOrDiscardedDraftStillSaysSo()
    {
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.Officer);

        var page = await client.GetStringAsync("/letters/drafts/987654");

        Assert.Contains("data-testid=\"draft-gone\"", page);
        Assert.DoesNotContain("data-testid=\"draft-no-access\"", page);
    }
}
