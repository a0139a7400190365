using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>A letter changes a case only as the case page's action would: the same version check, roles and rules.</summary>
public class LettersThroughTheOneWritePath
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ALetterIsRefusedOnAStaleCaseExactlyAsTheCasePageIsAndNothingIsSaved(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider);
        var letters = world.Database.Get<LetterService>();
        var leader = world.Staff["David Okafor"];
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        var seen = (await world.OpenAsync("David Okafor")).Version;
        Assert.Equal(seen, draft.CaseVersion);
        world.Database.Clock.Advance(TimeSpan.FromMinutes(7));
        await world.Actions.ApplyAsync(world.CaseId, seen, new AddNoteCommand("Rang again about the missed collection."), world.Staff["Tom Bennett"]);

        var fromCasePage = await Assert.ThrowsAsync<ConcurrencyException>(() => world.Actions.ApplyAsync(world.CaseId, seen, new AcknowledgeCommand(), leader));
        var fromLetter = await Assert.ThrowsAsync<ConcurrencyException>(() => letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, leader));

        Assert.Equal(fromCasePage.Message, fromLetter.Message);
        Assert.Contains("Tom Bennett", fromLetter.Message);
        var after = await world.OpenAsync("David Okafor");
        Assert.Equal((CaseStatus.Received, 0), (after.Status, (await letters.ForCaseAsync(after)).Issued.Count));
        Assert.Equal(draft.Version, (await letters.DraftAsync(draftId, leader))!.Version);
    }

    [Fact]
    public async Task AnAcknowledgementLetterUnderAProcedureThatAgreesTheResponseDateSetsTheAgreedDate()
    {
        await using var world = await CaseWorld.CreateAsync();
        var admin = world.Staff["Mark Ellis"];
        var letters = world.Database.Get<LetterService>();
        var (reference, draftId, draft) = await AdultSocialCareAcknowledgementDraftAsync(world, admin);
        var agreed = UkTime.Today(world.Database.Clock).AddDays(40);

        Assert.True(draft.NeedsAgreedResponseDate);
        await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, admin, agreed);

        var acknowledged = Assert.IsType<CaseLookup.Found>(await world.Query.GetAsync(reference, admin)).Case;
        Assert.Equal((CaseStatus.Acknowledged, agreed), (acknowledged.Status, acknowledged.Stages.Single().ResponseDue!.Value));
        Assert.Single((await letters.ForCaseAsync(acknowledged)).Issued);
    }

    [Fact]
    public async Task AnAcknowledgementLetterWithoutTheAgreedDateIsRefusedAsTheCasePageRefusesItAndNothingIsIssued()
    {
        await using var world = await CaseWorld.CreateAsync();
        var admin = world.Staff["Mark Ellis"];
        var letters = world.Database.Get<LetterService>();
        var (reference, draftId, draft) = await AdultSocialCareAcknowledgementDraftAsync(world, admin);
        var c = Assert.IsType<CaseLookup.Found>(await world.Query.GetAsync(reference, admin)).Case;

        var fromCasePage = await Assert.ThrowsAsync<DomainException>(() => world.Actions.ApplyAsync(c.Id, c.Version, new AcknowledgeCommand(), admin));
        var fromLetter = await Assert.ThrowsAsync<DomainException>(() => letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, admin));

        Assert.Equal(fromCasePage.Message, fromLetter.Message);
        var after = Assert.IsType<CaseLookup.Found>(await world.Query.GetAsync(reference, admin)).Case;
        Assert.Equal((CaseStatus.Received, 0), (after.Status, (await letters.ForCaseAsync(after)).Issued.Count));
        Assert.NotNull(await letters.DraftAsync(draftId, admin));
    }

    /// <summary>An acknowledgement letter started on a new adult social care complaint.</summary>
    private static async Task<(string Reference, int DraftId, LetterDraftView Draft)> AdultSocialCareAcknowledgementDraftAsync(CaseWorld world, CurrentStaff by)
    {
        var reference = await LogAdultSocialCareComplaintAsync(world, by);
        var letters = world.Database.Get<LetterService>();
        var draftId = await letters.CreateDraftAsync(reference, LetterType.Acknowledgement, null, by);
        return (reference, draftId, (await letters.DraftAsync(draftId, by))!);
    }

    /// <summary>The demo council is a district with no social care, so a county's adult social care team is added for these cases.</summary>
    private static async Task<string> LogAdultSocialCareComplaintAsync(CaseWorld world, CurrentStaff by)
    {
        int areaId;
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            var adults = await db.Procedures.SingleAsync(p => p.Code == "AdultSocialCare");
            var area = new ServiceArea("Adult Social Care", "ASC", adults.Id);
            db.ServiceAreas.Add(area);
            await db.SaveChangesAsync();
            areaId = area.Id;
        }

        var logged = await world.Database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = areaId,
            ReceivedDate = new DateTime(2026, 11, 16),
            ReceivedTime = new TimeSpan(11, 0, 0),
            Description = "Home care visits were missed three times this month.",
            Complainant = new ComplainantForm { LastName = "Adeyemi", Phone = "07700 900456" },
        }, by);
        return logged.Reference!;
    }
}
