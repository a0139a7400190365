using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

public class SetupProgress
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task AfterTheFirstStartOnlyTheServiceAreasAndTheCaseworkingRolesAreMissing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.Get<FirstStartDefaults>().EnsureAsync();
        var admin = await SignedInAsync(database, "oid-admin", StaffRole.ComplaintsAdmin);

        var checklist = await database.Get<SetupChecklistQuery>().GetAsync(admin);

        Assert.False(checklist.IsComplete);
        Assert.Equal([SetupStep.ServiceAreas, SetupStep.Officers, SetupStep.TeamLeaders, SetupStep.HeadsOfService], checklist.Missing.Select(i => i.Step));
        Assert.Equal(5, Count(checklist, SetupStep.Procedures));
        Assert.Equal(1, Count(checklist, SetupStep.ComplaintsTeam));
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(await db.LetterTemplates.CountAsync(t => t.IsCurrent), Count(checklist, SetupStep.LetterTemplates));
    }

    [Fact]
    public async Task OnlyActiveAreasAndPeopleWithAccessCount()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.Get<FirstStartDefaults>().EnsureAsync();
        var admin = await SignedInAsync(database, "oid-admin", StaffRole.ComplaintsAdmin);
        var officer = await SignedInAsync(database, "oid-officer", StaffRole.Officer);
        await SignedInAsync(database, "oid-both", StaffRole.TeamLeader, StaffRole.HeadOfService);
        await database.Get<StaffDirectory>().SwitchOffAsync(admin.StaffUserId, officer.StaffUserId);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var corporate = await db.Procedures.SingleAsync(p => p.Code == "Corporate");
            db.ServiceAreas.AddRange(new ServiceArea("Parking", "PKG", corporate.Id), new ServiceArea("Old depot", "DEP", corporate.Id) { IsActive = false });
            await db.SaveChangesAsync();
        }

        var checklist = await database.Get<SetupChecklistQuery>().GetAsync(admin);

        Assert.Equal([SetupStep.Officers], checklist.Missing.Select(i => i.Step));
        Assert.Equal((1, 1, 1), (Count(checklist, SetupStep.ServiceAreas), Count(checklist, SetupStep.TeamLeaders), Count(checklist, SetupStep.HeadsOfService)));
    }

    [Fact]
    public async Task TheCouncilDetailsAreMissingUntilAStoredRowHoldsWhatLettersNeed()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.Get<FirstStartDefaults>().EnsureAsync();
        var admin = await SignedInAsync(database, "oid-admin", StaffRole.ComplaintsAdmin);
        var stored = await database.Get<SetupChecklistQuery>().GetAsync(admin);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            (await db.CouncilProfiles.SingleAsync()).Signatory = "";
            await db.SaveChangesAsync();
        }
        var withoutSignatory = await database.Get<SetupChecklistQuery>().GetAsync(admin);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.CouncilProfiles.Remove(await db.CouncilProfiles.SingleAsync());
            await db.SaveChangesAsync();
        }

        var none = await database.Get<SetupChecklistQuery>().GetAsync(admin);

        Assert.Equal(1, Count(stored, SetupStep.CouncilDetails));
        Assert.Equal(0, Count(withoutSignatory, SetupStep.CouncilDetails));
        Assert.Equal(0, Count(none, SetupStep.CouncilDetails));
        Assert.Equal(SetupStep.CouncilDetails, none.Missing.First().Step);
    }

    [Fact, Trait(TestToday.Category, TestToday.DateSensitive)]
    public async Task TheDemoCouncilIsFullySetUp()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 30);
        await using var db = await database.Factory.CreateDbContextAsync();
        var admin = await db.StaffUsers.SingleAsync(s => s.DisplayName == DemoStaff.ComplaintsAdmin);

        var checklist = await database.Get<SetupChecklistQuery>().GetAsync(new CurrentStaff(admin.Id, admin.DisplayName, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin }));

        Assert.True(checklist.IsComplete);
        Assert.Equal(7, Count(checklist, SetupStep.ServiceAreas));
        Assert.Equal(4, Count(checklist, SetupStep.Officers));
    }

    [Theory]
    [InlineData(StaffRole.Officer)]
    [InlineData(StaffRole.TeamLeader)]
    [InlineData(StaffRole.HeadOfService)]
    [InlineData(StaffRole.PortfolioHolder)]
    public async Task OnlyTheComplaintsTeamMayReadIt(StaffRole role)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var someone = await SignedInAsync(database, "oid-someone", role);

        var refusal = await Assert.ThrowsAsync<PermissionDeniedException>(() => database.Get<SetupChecklistQuery>().GetAsync(someone));

        Assert.Equal("Only the complaints team role may see how far ComplaintsHub is set up.", refusal.Message);
    }

    private static int Count(SetupChecklist checklist, SetupStep step) => checklist.Items.Single(i => i.Step == step).Count;

    private static async Task<CurrentStaff> SignedInAsync(TestDatabase database, string oid, params StaffRole[] roles)
    {
        var person = await database.Get<StaffDirectory>().RecordSignInAsync(oid, $"Person {oid}", $"{oid}@example.org", roles);
        return new CurrentStaff(person.StaffUserId, person.DisplayName, roles.ToHashSet());
    }
}
