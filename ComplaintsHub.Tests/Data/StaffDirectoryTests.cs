using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Data;

public class StaffRecords
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task FirstSignInCreatesTheRecordAndLaterOnesRefreshIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var directory = database.Get<StaffDirectory>();

        var first = await directory.RecordSignInAsync("oid-1", "Priya Shah", "priya@example.org", [StaffRole.Officer]);
        var second = await directory.RecordSignInAsync("oid-1", "Priya Shah-Jones", "priya.sj@example.org", [StaffRole.TeamLeader, StaffRole.Officer]);

        Assert.Equal(first.StaffUserId, second.StaffUserId);
        var row = Assert.Single(await directory.ListAsync());
        Assert.Equal(("Priya Shah-Jones", "priya.sj@example.org"), (row.DisplayName, row.Email));
        Assert.Equal([StaffRole.Officer, StaffRole.TeamLeader], row.Roles.Order());
        Assert.Equal(database.Clock.GetUtcNow().UtcDateTime, row.LastSignedInAt);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task SwitchingAccessOffIsSeenAtOnceAndAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var directory = database.Get<StaffDirectory>();
        var admin = await directory.RecordSignInAsync("oid-admin", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        var officer = await directory.RecordSignInAsync("oid-1", "Priya Shah", "priya@example.org", [StaffRole.Officer]);

        await directory.SwitchOffAsync(admin.StaffUserId, officer.StaffUserId);

        Assert.False(await directory.IsActiveAsync(officer.StaffUserId));
        Assert.True(await directory.IsActiveAsync(admin.StaffUserId));
        var signInAgain = await directory.RecordSignInAsync("oid-1", "Priya Shah", "priya@example.org", [StaffRole.Officer]);
        Assert.False(signInAgain.IsActive);
    }

    [Fact]
    public async Task AStaleSwitchIsRefusedWithAReloadMessage()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var directory = database.Get<StaffDirectory>();
        var admin = await directory.RecordSignInAsync("oid-admin", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        var officer = await directory.RecordSignInAsync("oid-1", "Priya Shah", "priya@example.org", [StaffRole.Officer]);
        var staleVersion = (await directory.ListAsync()).Single(r => r.Id == officer.StaffUserId).Version;
        var by = new CurrentStaff(admin.StaffUserId, "Mark Ellis", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
        await directory.SetActiveAsync(officer.StaffUserId, false, staleVersion, by);

        var refusal = await Assert.ThrowsAsync<ConcurrencyException>(() => directory.SetActiveAsync(officer.StaffUserId, true, staleVersion, by));

        var switchedOff = UkTime.ToLocal(database.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal($"Priya Shah's record was changed by Mark Ellis at {switchedOff:HH:mm} on {switchedOff:d MMMM} while you had it open. Nothing you entered has been saved: reload the page to see the change, then try again.", refusal.Message);
        Assert.False(await directory.IsActiveAsync(officer.StaffUserId));
    }

    [Fact]
    public async Task AnEditOpenedBeforeThePersonSignsInIsRefusedSayingTheirSignInChangedTheRecord()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var directory = database.Get<StaffDirectory>();
        var admin = await directory.RecordSignInAsync("oid-admin", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        var officer = await directory.RecordSignInAsync("oid-1", "Priya Shah", "priya@example.org", [StaffRole.Officer]);
        var opened = (await directory.ListAsync()).Single(r => r.Id == officer.StaffUserId).Version;
        database.Clock.Advance(TimeSpan.FromMinutes(7));
        await directory.RecordSignInAsync("oid-1", "Priya Shah", "priya@example.org", [StaffRole.Officer]);
        var by = new CurrentStaff(admin.StaffUserId, "Mark Ellis", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });

        var refusal = await Assert.ThrowsAsync<ConcurrencyException>(() => directory.SetActiveAsync(officer.StaffUserId, false, opened, by));

        var signedIn = UkTime.ToLocal(database.Clock.GetUtcNow().UtcDateTime);
        Assert.StartsWith($"Priya Shah's record was changed by Priya Shah at {signedIn:HH:mm} on {signedIn:d MMMM} while you had it open.", refusal.Message);
        Assert.True(await directory.IsActiveAsync(officer.StaffUserId));
    }

    [Fact]
    public async Task NobodyCanSwitchOffTheirOwnAccess()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var directory = database.Get<StaffDirectory>();
        var admin = await directory.RecordSignInAsync("oid-admin", "Mark Ellis", "mark@example.org", [StaffRole.ComplaintsAdmin]);
        var version = (await directory.ListAsync()).Single().Version;

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            directory.SetActiveAsync(admin.StaffUserId, false, version, new CurrentStaff(admin.StaffUserId, "Mark Ellis", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin })));

        Assert.Equal("You cannot switch off your own access.", refusal.Message);
    }
}
