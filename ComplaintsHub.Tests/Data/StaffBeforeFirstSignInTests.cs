using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>The complaints team adds people before they first sign in, so their service areas and team are ready.</summary>
public class StaffBeforeFirstSignIn : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private Dictionary<string, CurrentStaff> _staff = null!;
    private Dictionary<string, int> _areas = null!;

    private StaffDirectory Directory => _database.Get<StaffDirectory>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, TestToday.HandWorkedNow);
        await _database.Get<DemoDataSeeder>().SeedAsync(days: 5);
        await using var db = await _database.Factory.CreateDbContextAsync();
        _staff = (await db.StaffUsers.Include(s => s.Roles).ToListAsync()).ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
        _areas = await db.ServiceAreas.ToDictionaryAsync(a => a.Name, a => a.Id);
    }

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task SomeoneAddedInAdvanceIsLinkedAtFirstSignInWithTheirAreasAndTheDirectorysRoles()
    {
        var added = await Directory.AddExpectedAsync(new ExpectedStaffMember("Jane.Doe@Ashbury.gov.uk", "Jane Doe", "Housing Officer", [_areas["Housing"]], null), _staff["Mark Ellis"]);
        var before = (await Directory.ListAsync()).Single(s => s.Id == added);

        var signedIn = await Directory.RecordSignInAsync("oid-jane", "Jane Doe", "jane.doe@ashbury.gov.uk", [StaffRole.Officer]);

        Assert.True(before.Expected);
        Assert.Empty(before.Roles);
        Assert.Equal((added, true), (signedIn.StaffUserId, signedIn.IsActive));
        Assert.Equal([StaffRole.Officer], signedIn.Roles);
        var after = (await Directory.ListAsync()).Single(s => s.Id == added);
        Assert.False(after.Expected);
        Assert.Equal(["Housing"], after.ServiceAreas);
        Assert.Single(await Directory.ListAsync(), s => s.Email.Equals("jane.doe@ashbury.gov.uk", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AnotherPersonsSignInNeverTakesOverARecordAddedInAdvance()
    {
        var added = await Directory.AddExpectedAsync(new ExpectedStaffMember("jane.doe@ashbury.gov.uk", "Jane Doe", null, [_areas["Housing"]], null), _staff["Mark Ellis"]);

        var someoneElse = await Directory.RecordSignInAsync("oid-john", "John Roe", "john.roe@ashbury.gov.uk", [StaffRole.Officer]);

        Assert.NotEqual(added, someoneElse.StaffUserId);
        Assert.True((await Directory.ListAsync()).Single(s => s.Id == added).Expected);
    }

    [Theory]
    [InlineData("", "Jane Doe", StaffFields.SignInName)]
    [InlineData("jane", "Jane Doe", StaffFields.SignInName)]
    [InlineData("jane doe@ashbury.gov.uk", "Jane Doe", StaffFields.SignInName)]
    [InlineData("jane@ashbury.gov.uk", "  ", StaffFields.DisplayName)]
    public async Task WhatCannotBeASignInNameOrANameIsRefusedNextToItsFieldAndNothingIsAdded(string signInName, string name, string field)
    {
        var before = (await Directory.ListAsync()).Count;

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() =>
            Directory.AddExpectedAsync(new ExpectedStaffMember(signInName, name, null, [], null), _staff["Mark Ellis"]));

        Assert.Equal(field, refusal.Field);
        Assert.Equal(before, (await Directory.ListAsync()).Count);
    }

    [Fact]
    public async Task SomeoneAlreadyOnTheListCannotBeAddedAgain()
    {
        var tom = (await Directory.ListAsync()).Single(s => s.DisplayName == "Tom Bennett");

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() =>
            Directory.AddExpectedAsync(new ExpectedStaffMember(tom.Email.ToUpperInvariant(), "Tom Bennett", null, [], null), _staff["Mark Ellis"]));

        Assert.Equal(StaffFields.SignInName, refusal.Field);
        Assert.Single(await Directory.ListAsync(), s => s.DisplayName == "Tom Bennett");
    }

    [Fact]
    public async Task OnlyTheComplaintsTeamMayAddStaffOrChangeTheirAreas()
    {
        var tom = (await Directory.ListAsync()).Single(s => s.DisplayName == "Tom Bennett");

        await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            Directory.AddExpectedAsync(new ExpectedStaffMember("jane@ashbury.gov.uk", "Jane Doe", null, [], null), _staff["David Okafor"]));
        await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            Directory.SetAssignmentsAsync(tom.Id, [_areas["Housing"]], null, tom.Version, _staff["David Okafor"]));
        Assert.Equal(tom.ServiceAreas, (await Directory.ListAsync()).Single(s => s.Id == tom.Id).ServiceAreas);
    }

    [Fact]
    public async Task ChangingSomeonesAreasRecordsBeforeAndAfterAndAStaleChangeIsRefusedNamingWhoChangedIt()
    {
        var tom = (await Directory.ListAsync()).Single(s => s.DisplayName == "Tom Bennett");
        _database.Clock.Advance(TimeSpan.FromMinutes(5));

        await Directory.SetAssignmentsAsync(tom.Id, [_areas["Waste & Recycling"]], null, tom.Version, _staff["Mark Ellis"]);
        var stale = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            Directory.SetAssignmentsAsync(tom.Id, [_areas["Parking"]], null, tom.Version, _staff["Mark Ellis"]));

        Assert.Equal(["Waste & Recycling"], (await Directory.ListAsync()).Single(s => s.Id == tom.Id).ServiceAreas);
        Assert.Contains("Mark Ellis", stale.Message);
        await using var db = await _database.Factory.CreateDbContextAsync();
        var recorded = await db.TimelineEvents.Where(e => e.ComplaintId == null && e.Type == TimelineEventType.StaffChanged).OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal(("Mark Ellis", "Tom Bennett: Parking, Waste & Recycling; team Waste Services → Waste & Recycling; no team."), (recorded.ActorName, recorded.Summary));
    }

    [Fact]
    public async Task ASwitchedOffServiceAreaCannotBeGiven()
    {
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            var parking = await db.ServiceAreas.SingleAsync(a => a.Name == "Parking");
            parking.IsActive = false;
            await db.SaveChangesAsync();
        }

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() =>
            Directory.AddExpectedAsync(new ExpectedStaffMember("jane@ashbury.gov.uk", "Jane Doe", null, [_areas["Parking"]], null), _staff["Mark Ellis"]));

        Assert.Equal(StaffFields.ServiceAreas, refusal.Field);
        Assert.DoesNotContain(_areas["Parking"], (await Directory.ChoicesAsync()).ServiceAreas.Select(a => a.Id));
    }

    [Fact]
    public async Task ASwitchedOffTeamIsNotOfferedAndCannotBeGiven()
    {
        int switchedOff;
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            var team = await db.Teams.OrderBy(t => t.Name).FirstAsync();
            team.IsActive = false;
            switchedOff = team.Id;
            await db.SaveChangesAsync();
        }

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() =>
            Directory.AddExpectedAsync(new ExpectedStaffMember("jane@ashbury.gov.uk", "Jane Doe", null, [_areas["Housing"]], switchedOff), _staff["Mark Ellis"]));

        Assert.Equal(StaffFields.Team, refusal.Field);
        var offered = (await Directory.ChoicesAsync()).Teams.Select(t => t.Id).ToList();
        Assert.DoesNotContain(switchedOff, offered);
        Assert.NotEmpty(offered);
    }
}
