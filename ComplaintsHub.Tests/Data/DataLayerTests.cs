using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Domain;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>Each test runs against a real, freshly migrated SQLite file and, where configured (always in CI), a real PostgreSQL database.</summary>
public class DataLayer
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task MigrationsCreateTheWholeModel(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.Factory.CreateDbContextAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last migration: add a migration for this provider.");
        Assert.Equal(0, await db.Complaints.CountAsync());
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task AComplaintRoundTripsWithItsStagesTimelineAndComplainant(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await SaveLoggedComplaintAsync(database);

        await using var db = await database.Factory.CreateDbContextAsync();
        var loaded = await db.Complaints.Include(c => c.Stages).Include(c => c.Timeline).Include(c => c.Complainant).SingleAsync(c => c.Id == id);

        Assert.Equal("CMP-2026-00001", loaded.Reference);
        Assert.Equal(Cases.Uk("2026-11-16 10:00"), loaded.ReceivedAt);
        Assert.Equal(DateTimeKind.Utc, loaded.ReceivedAt.Kind);
        Assert.Equal(new DateOnly(2026, 11, 23), Assert.Single(loaded.Stages).AcknowledgementDue);
        Assert.Equal(TimelineEventType.Logged, Assert.Single(loaded.Timeline).Type);
        Assert.Equal("Ada Lovelace", loaded.Complainant!.FullName);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task EnumsAreStoredByName(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SaveLoggedComplaintAsync(database);

        await using var db = await database.Factory.CreateDbContextAsync();
        var stored = await db.Database.SqlQueryRaw<string>("SELECT \"Status\" AS \"Value\" FROM \"Complaints\"").SingleAsync();

        Assert.Equal("Received", stored);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheSecondOfTwoConcurrentSavesIsRefusedAndOverwritesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = await SaveLoggedComplaintAsync(database);
        await using var first = await database.Factory.CreateDbContextAsync();
        await using var second = await database.Factory.CreateDbContextAsync();
        var mine = await LoadAsync(first, id);
        var theirs = await LoadAsync(second, id);

        mine.Acknowledge(Cases.TeamLeader, Cases.Uk("2026-11-17 10:00"), Cases.Calendar);
        await first.SaveChangesAsync();
        theirs.Allocate(Guid.NewGuid(), "Tom Bennett", Cases.Officer, Cases.Uk("2026-11-17 10:05"));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = await database.Factory.CreateDbContextAsync();
        var stored = await LoadAsync(check, id);
        Assert.Equal((CaseStatus.Acknowledged, (Guid?)null), (stored.Status, stored.AllocatedOfficerId));
        Assert.Equal(2, stored.Timeline.Count);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TimelineEventsCannotBeChangedOrDeleted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SaveLoggedComplaintAsync(database);
        await using var db = await database.Factory.CreateDbContextAsync();
        var entry = await db.TimelineEvents.SingleAsync();

        db.Entry(entry).Property(e => e.Summary).CurrentValue = "Rewritten history";
        var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.TimelineEvents.Remove(await db.TimelineEvents.SingleAsync());
        var deleted = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Equal("Timeline events are a permanent record: they cannot be changed or deleted.", changed.Message);
        Assert.Equal(changed.Message, deleted.Message);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TwoCasesCannotShareAReference(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SaveLoggedComplaintAsync(database);

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveLoggedComplaintAsync(database));
    }

    internal static async Task<int> SaveLoggedComplaintAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var procedure = await db.Procedures.SingleOrDefaultAsync(p => p.Code == "Corporate");
        if (procedure is null)
        {
            procedure = Cases.Procedure("Corporate");
            db.Procedures.Add(procedure);
            await db.SaveChangesAsync();
            db.ServiceAreas.Add(new ServiceArea("Waste & Recycling", "WST", procedure.Id));
        }

        var officer = await db.StaffUsers.SingleOrDefaultAsync() ?? db.StaffUsers.Add(new StaffUser("oid-officer", "Priya Shah", "priya@example.org")).Entity;
        await db.SaveChangesAsync();
        var complaint = Complaint.Log(
            new Complaint.LogDetails("CMP-2026-00001", ContactClassification.Complaint, Cases.Uk("2026-11-16 10:00"), Channel.Phone,
                (await db.ServiceAreas.SingleAsync()).Id, null, null, new Complainant("Ada", "Lovelace") { Postcode = "AB1 2CD" }, "Bin missed.", null, null),
            procedure, new Actor(officer.Id, officer.DisplayName), Cases.Uk("2026-11-16 10:00"), Cases.Calendar);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync();
        return complaint.Id;
    }

    private static Task<Complaint> LoadAsync(ComplaintsDbContext db, int id) =>
        db.Complaints.Include(c => c.Procedure).Include(c => c.Stages).Include(c => c.Timeline).SingleAsync(c => c.Id == id);
}
