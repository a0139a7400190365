using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Inbox;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Inbox;

/// <summary>Dealing with an email in the shared inbox: dismissing it, attaching it to a case, and two people at once.</summary>
public class InboxHandling
{
    private static CurrentStaff Admin(string name = "Complaints team") => new(Guid.NewGuid(), name, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });

    private static async Task<CurrentStaff> SeededStaffAsync(TestDatabase database, string name, StaffRole role)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var person = await db.StaffUsers.SingleAsync(s => s.DisplayName == name);
        return new CurrentStaff(person.Id, person.DisplayName, new HashSet<StaffRole> { role });
    }

    [Fact]
    public async Task DismissingAnEmailNeedsAReasonAndKeepsIt()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 10);
        var officer = await SeededStaffAsync(database, DemoStaff.Officer, StaffRole.Officer);
        var item = await InboxItems.StoreAsync(database);
        var inbox = database.Get<InboxService>();

        await Assert.ThrowsAsync<DomainException>(() => inbox.DismissAsync(item.Id, item.Version, "   ", officer));
        Assert.Equal(InboxItemStatus.New, (await inbox.GetAsync(item.Id, officer))!.Row.Status);

        await inbox.DismissAsync(item.Id, item.Version, "Advertising, not a complaint.", officer);

        var row = (await inbox.GetAsync(item.Id, officer))!.Row;
        Assert.Equal((InboxItemStatus.Dismissed, "Advertising, not a complaint.", DemoStaff.Officer), (row.Status, row.DismissReason, row.HandledByName));
        Assert.Empty(await inbox.ListAsync(InboxItemStatus.New, officer));
    }

    [Fact]
    public async Task TheSecondPersonToDealWithAnEmailIsToldWhoDidItFirstAndNothingOfTheirsIsSaved()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 10);
        var first = await SeededStaffAsync(database, DemoStaff.Officer, StaffRole.Officer);
        var second = await SeededStaffAsync(database, DemoStaff.ComplaintsAdmin, StaffRole.ComplaintsAdmin);
        var item = await InboxItems.StoreAsync(database);
        var inbox = database.Get<InboxService>();
        string reference;
        await using (var db = await database.Factory.CreateDbContextAsync()) reference = await db.Complaints.OrderBy(c => c.Id).Select(c => c.Reference).FirstAsync();

        await inbox.DismissAsync(item.Id, item.Version, "Spam.", first);
        var refusal = await Assert.ThrowsAsync<ConcurrencyException>(() => inbox.AttachAsync(item.Id, item.Version, reference, second));

        Assert.Contains(DemoStaff.Officer, refusal.Message);
        await using var check = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await check.TimelineEvents.CountAsync(t => t.Type == TimelineEventType.EmailReceived));
        Assert.Equal(InboxItemStatus.Dismissed, (await check.InboxItems.SingleAsync()).Status);
    }

    [Fact]
    public async Task AnEmailAttachedByReferenceGoesOnThatCasesTimelineAndIsListedWithTheCase()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 10);
        var admin = await SeededStaffAsync(database, DemoStaff.ComplaintsAdmin, StaffRole.ComplaintsAdmin);
        var item = await InboxItems.StoreAsync(database, subject: "Another thing");
        var inbox = database.Get<InboxService>();
        int caseId;
        string reference;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            (caseId, reference) = await db.Complaints.OrderBy(c => c.Id).Select(c => ValueTuple.Create(c.Id, c.Reference)).FirstAsync();
        }

        var attachedTo = await inbox.AttachAsync(item.Id, item.Version, $"  {reference.ToLowerInvariant()} ", admin);

        Assert.Equal(reference, attachedTo);
        var kept = Assert.Single(await inbox.ForCaseAsync(caseId, admin));
        Assert.Equal((InboxItemStatus.Attached, reference), (kept.Row.Status, kept.Row.CaseReference));
        await using var check = await database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await check.TimelineEvents.CountAsync(t => t.ComplaintId == caseId && t.Type == TimelineEventType.EmailReceived));
    }

    [Fact]
    public async Task AttachingToAReferenceNoCaseHasIsRefusedAndTheEmailStaysNew()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var admin = Admin();
        var item = await InboxItems.StoreAsync(database);
        var inbox = database.Get<InboxService>();

        await Assert.ThrowsAsync<DomainException>(() => inbox.AttachAsync(item.Id, item.Version, "CMP-2026-99999", admin));
        await Assert.ThrowsAsync<DomainException>(() => inbox.AttachAsync(item.Id, item.Version, "not a reference", admin));

        Assert.Equal(InboxItemStatus.New, (await inbox.GetAsync(item.Id, admin))!.Row.Status);
    }

    [Fact]
    public async Task AnEmailKeptWithACaseIsDownloadableOnlyByThoseWhoMaySeeTheCase()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 30);
        var admin = await SeededStaffAsync(database, DemoStaff.ComplaintsAdmin, StaffRole.ComplaintsAdmin);
        await using var db = await database.Factory.CreateDbContextAsync();
        var officer = await db.StaffUsers.Include(s => s.ServiceAreas).FirstAsync(s => s.DisplayName == DemoStaff.Officer);
        var officerAreas = officer.ServiceAreas.Select(a => a.Id).ToList();
        var elsewhere = await db.Complaints.Where(c => !officerAreas.Contains(c.ServiceAreaId) && c.LoggedById != officer.Id && c.AllocatedOfficerId != officer.Id)
            .Select(c => c.Reference).FirstAsync();
        var staff = new CurrentStaff(officer.Id, officer.DisplayName, new HashSet<StaffRole> { StaffRole.Officer });
        var item = await InboxItems.StoreAsync(database);
        var inbox = database.Get<InboxService>();
        Assert.NotNull(await inbox.OriginalAsync(item.Id, staff));

        await inbox.AttachAsync(item.Id, item.Version, elsewhere, admin);

        Assert.Null(await inbox.OriginalAsync(item.Id, staff));
        Assert.NotNull(await inbox.OriginalAsync(item.Id, admin));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => inbox.GetAsync(item.Id, staff));
    }

    [Fact]
    public async Task APortfolioHolderCannotReadTheInbox()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var councillor = new CurrentStaff(Guid.NewGuid(), "Cllr Jones", new HashSet<StaffRole> { StaffRole.PortfolioHolder });
        var item = await InboxItems.StoreAsync(database);
        var inbox = database.Get<InboxService>();

        await Assert.ThrowsAsync<PermissionDeniedException>(() => inbox.ListAsync(null, councillor));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => inbox.OriginalAsync(item.Id, councillor));
    }
}
