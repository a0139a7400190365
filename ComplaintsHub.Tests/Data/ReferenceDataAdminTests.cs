using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

public class ReferenceDataAdministration
{
    private sealed record World(TestDatabase Database, CurrentStaff Admin, CurrentStaff Officer, ServiceAreaRow Waste) : IAsyncDisposable
    {
        public ReferenceDataAdmin Service => Database.Get<ReferenceDataAdmin>();
        public ValueTask DisposeAsync() => Database.DisposeAsync();
    }

    private static async Task<World> SeededAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = await TestDatabase.CreateAsync(provider, TestToday.HandWorkedNow);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 60);
        await using var db = await database.Factory.CreateDbContextAsync();
        var admin = await db.StaffUsers.SingleAsync(s => s.DisplayName == "Mark Ellis");
        var officer = await db.StaffUsers.SingleAsync(s => s.DisplayName == "Tom Bennett");
        var waste = (await database.Get<ReferenceDataQuery>().LoadAsync()).Areas.Single(a => a.Code == "WST");
        return new World(database,
            new CurrentStaff(admin.Id, admin.DisplayName, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin }),
            new CurrentStaff(officer.Id, officer.DisplayName, new HashSet<StaffRole> { StaffRole.Officer }),
            waste);
    }

    private static async Task<IReadOnlyList<string>> SetupEventsAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.TimelineEvents.Where(e => e.Type == TimelineEventType.SetupChanged).OrderBy(e => e.Id).Select(e => e.Summary).ToListAsync();
    }

    private static ServiceAreaForm FormOf(ServiceAreaRow area) => new(area.Name, area.Code, area.DefaultProcedureId, area.PartnerId, area.IsActive);

    private static async Task<Complaint> ACaseInAsync(TestDatabase database, int areaId)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.Complaints.AsNoTracking().OrderBy(c => c.Id).FirstAsync(c => c.ServiceAreaId == areaId);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ANewServiceAreaIsOfferedWhenLoggingAContactAndTheTimelineSaysWhoAddedIt(DatabaseProvider provider)
    {
        await using var world = await SeededAsync(provider);

        var id = await world.Service.SaveServiceAreaAsync(null, Guid.Empty, new ServiceAreaForm(" Leisure ", "LEI", world.Waste.DefaultProcedureId, null), world.Admin);

        var choices = await world.Database.Get<ContactLogging>().ChoicesAsync();
        Assert.Equal("Leisure", Assert.Single(choices.Areas, a => a.Id == id).Name);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var recorded = await db.TimelineEvents.SingleAsync(e => e.Type == TimelineEventType.SetupChanged);
        Assert.Equal((null, world.Admin.StaffUserId, TestToday.HandWorkedNow.UtcDateTime), (recorded.ComplaintId, recorded.ActorId, recorded.OccurredAt));
        Assert.Equal("Service area Leisure (LEI) added: procedure Corporate complaints; shared-service partner (none).", recorded.Summary);
    }

    [Fact]
    public async Task RenamingAnAreaKeepsItsCasesWhichShowTheNewName()
    {
        await using var world = await SeededAsync();
        var aCase = await ACaseInAsync(world.Database, world.Waste.Id);
        await using var before = await world.Database.Factory.CreateDbContextAsync();
        var casesInArea = await before.Complaints.CountAsync(c => c.ServiceAreaId == world.Waste.Id);

        await world.Service.SaveServiceAreaAsync(world.Waste.Id, world.Waste.Version, FormOf(world.Waste) with { Name = "Waste and Street Cleansing" }, world.Admin);

        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(casesInArea, await db.Complaints.CountAsync(c => c.ServiceAreaId == world.Waste.Id));
        var shown = Assert.IsType<CaseLookup.Found>(await world.Database.Get<CaseQuery>().GetAsync(aCase.Reference, world.Admin));
        Assert.Equal("Waste and Street Cleansing", shown.Case.ServiceArea);
        Assert.Equal(["Service area Waste & Recycling changed: name Waste & Recycling → Waste and Street Cleansing."], await SetupEventsAsync(world.Database));
    }

    [Fact]
    public async Task ASwitchedOffAreaLeavesTheLogFormButItsCasesStillShowIt()
    {
        await using var world = await SeededAsync();
        var aCase = await ACaseInAsync(world.Database, world.Waste.Id);

        await world.Service.SaveServiceAreaAsync(world.Waste.Id, world.Waste.Version, FormOf(world.Waste) with { IsActive = false }, world.Admin);

        var logging = world.Database.Get<ContactLogging>();
        Assert.DoesNotContain((await logging.ChoicesAsync()).Areas, a => a.Id == world.Waste.Id);
        var errors = await logging.ValidateAsync(new ContactLogForm { ServiceAreaId = world.Waste.Id, Description = "Bin missed." });
        Assert.Equal("That service area is no longer in use: choose another.", errors[ContactLogFields.ServiceArea]);
        var shown = Assert.IsType<CaseLookup.Found>(await world.Database.Get<CaseQuery>().GetAsync(aCase.Reference, world.Admin));
        Assert.Equal("Waste & Recycling", shown.Case.ServiceArea);
        var row = (await world.Database.Get<ReferenceDataQuery>().LoadAsync()).Areas.Single(a => a.Id == world.Waste.Id);
        Assert.False(row.IsActive);
        Assert.Equal(["Service area Waste & Recycling changed: switched off (stays on its cases and in reports)."], await SetupEventsAsync(world.Database));
    }

    [Fact]
    public async Task ACodeAlreadyInUseIsRefusedNextToTheCodeAndNothingIsSaved()
    {
        await using var world = await SeededAsync();

        var refusal = await Assert.ThrowsAsync<SetupRefusedException>(() =>
            world.Service.SaveServiceAreaAsync(null, Guid.Empty, new ServiceAreaForm("Street Cleansing", "wst", world.Waste.DefaultProcedureId, null), world.Admin));

        Assert.Equal("Another service area in use already has the code wst.", refusal.Errors[ReferenceDataFields.Code]);
        Assert.False(refusal.Errors.ContainsKey(ReferenceDataFields.Name));
        Assert.Equal(7, (await world.Database.Get<ReferenceDataQuery>().LoadAsync()).Areas.Count);
        Assert.Empty(await SetupEventsAsync(world.Database));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheNameAndCodeOfASwitchedOffAreaCanBeGivenToANewOne(DatabaseProvider provider)
    {
        await using var world = await SeededAsync(provider);
        await world.Service.SaveServiceAreaAsync(world.Waste.Id, world.Waste.Version, FormOf(world.Waste) with { IsActive = false }, world.Admin);

        var id = await world.Service.SaveServiceAreaAsync(null, Guid.Empty, FormOf(world.Waste) with { PartnerId = null }, world.Admin);

        var areas = (await world.Database.Get<ReferenceDataQuery>().LoadAsync()).Areas.Where(a => a.Code == "WST").ToList();
        Assert.Equal([(world.Waste.Id, false), (id, true)], areas.Select(a => (a.Id, a.IsActive)).OrderBy(a => a.Id));
        var reactivating = await Assert.ThrowsAsync<SetupRefusedException>(() =>
            world.Service.SaveServiceAreaAsync(world.Waste.Id, areas.Single(a => a.Id == world.Waste.Id).Version, FormOf(world.Waste), world.Admin));
        Assert.Equal("Another service area in use is already called Waste & Recycling.", reactivating.Errors[ReferenceDataFields.Name]);
    }

    [Fact]
    public async Task AStaleSaveIsRefusedNamingWhoChangedItAndWhenAndTheirChangeStands()
    {
        await using var world = await SeededAsync();
        var other = await world.Database.Get<StaffDirectory>().RecordSignInAsync("oid-admin-2", "Nadia Clarke", "nadia@example.org", [StaffRole.ComplaintsAdmin]);
        var nadia = new CurrentStaff(other.StaffUserId, "Nadia Clarke", new HashSet<StaffRole> { StaffRole.ComplaintsAdmin });
        world.Database.Clock.Advance(TimeSpan.FromMinutes(7));
        await world.Service.SaveServiceAreaAsync(world.Waste.Id, world.Waste.Version, FormOf(world.Waste) with { Name = "Waste Services" }, nadia);

        var refusal = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            world.Service.SaveServiceAreaAsync(world.Waste.Id, world.Waste.Version, FormOf(world.Waste) with { Code = "WAS" }, world.Admin));

        Assert.Equal("The service area Waste Services was changed by Nadia Clarke at 10:07 on 20 November while you had it open. "
            + "Nothing you entered has been saved: reload the page to see the change, then try again.", refusal.Message);
        var row = (await world.Database.Get<ReferenceDataQuery>().LoadAsync()).Areas.Single(a => a.Id == world.Waste.Id);
        Assert.Equal(("Waste Services", "WST"), (row.Name, row.Code));
        Assert.Single(await SetupEventsAsync(world.Database));
    }

    [Fact]
    public async Task AnOfficerCannotChangeReferenceDataWhateverThePageSends()
    {
        await using var world = await SeededAsync();

        var refusal = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            world.Service.SaveCategoryAsync(null, Guid.Empty, new CategoryForm("Bins"), world.Officer));

        Assert.Equal("Only the complaints team role may change service areas, subjects, categories, teams or partners.", refusal.Message);
        Assert.DoesNotContain((await world.Database.Get<ReferenceDataQuery>().LoadAsync()).Categories, c => c.Name == "Bins");
        Assert.Empty(await SetupEventsAsync(world.Database));
    }

    [Fact]
    public async Task ASwitchedOffSubjectLeavesItsAreasChoicesButStaysOnItsCases()
    {
        await using var world = await SeededAsync();
        var data = await world.Database.Get<ReferenceDataQuery>().LoadAsync();
        await using var before = await world.Database.Factory.CreateDbContextAsync();
        var aCase = await before.Complaints.AsNoTracking().Include(c => c.Subject).OrderBy(c => c.Id).FirstAsync(c => c.ServiceAreaId == world.Waste.Id && c.SubjectId != null);
        var subject = data.Subjects.Single(s => s.Id == aCase.SubjectId);

        await world.Service.SaveSubjectAsync(subject.Id, subject.Version, new SubjectForm(world.Waste.Id, subject.Name, IsActive: false), world.Admin);

        var logging = world.Database.Get<ContactLogging>();
        var area = (await logging.ChoicesAsync()).Areas.Single(a => a.Id == world.Waste.Id);
        Assert.DoesNotContain(area.Subjects, s => s.Id == subject.Id);
        Assert.Equal(data.Subjects.Count(s => s.ServiceAreaId == world.Waste.Id) - 1, area.Subjects.Count);
        var errors = await logging.ValidateAsync(new ContactLogForm { ServiceAreaId = world.Waste.Id, SubjectId = subject.Id, Description = "Bin missed." });
        Assert.Equal("That subject is no longer in use: choose another.", errors[ContactLogFields.Subject]);
        var shown = Assert.IsType<CaseLookup.Found>(await world.Database.Get<CaseQuery>().GetAsync(aCase.Reference, world.Admin));
        Assert.Equal(subject.Name, shown.Case.Subject);
    }

    [Fact]
    public async Task ASubjectNameIsUniqueWithinItsAreaOnly()
    {
        await using var world = await SeededAsync();
        var housing = (await world.Database.Get<ReferenceDataQuery>().LoadAsync()).Areas.Single(a => a.Code == "HSG");

        var refusal = await Assert.ThrowsAsync<SetupRefusedException>(() =>
            world.Service.SaveSubjectAsync(null, Guid.Empty, new SubjectForm(world.Waste.Id, "bulky waste"), world.Admin));
        await world.Service.SaveSubjectAsync(null, Guid.Empty, new SubjectForm(housing.Id, "Bulky waste"), world.Admin);

        Assert.Equal("Waste & Recycling already has a subject in use called bulky waste.", refusal.Errors[ReferenceDataFields.Name]);
        Assert.Equal(["Subject Bulky waste added to Housing."], await SetupEventsAsync(world.Database));
    }

    [Fact]
    public async Task ASwitchedOffCategoryIsNoLongerOfferedOrAcceptedForANewComplaint()
    {
        await using var world = await SeededAsync();
        var delay = (await world.Database.Get<ReferenceDataQuery>().LoadAsync()).Categories.Single(c => c.Name == "Delay");

        await world.Service.SaveCategoryAsync(delay.Id, delay.Version, new CategoryForm("Delay", IsActive: false), world.Admin);

        var logging = world.Database.Get<ContactLogging>();
        Assert.Equal(7, (await logging.ChoicesAsync()).Categories.Count);
        var errors = await logging.ValidateAsync(new ContactLogForm { ServiceAreaId = world.Waste.Id, CategoryId = delay.Id, Description = "Bin missed." });
        Assert.Equal("That category is no longer in use: choose another.", errors[ContactLogFields.Category]);
    }

    [Fact]
    public async Task ATeamIsRecordedWithItsLeaderAndAChangeOfLeaderSaysFromWhomToWhom()
    {
        await using var world = await SeededAsync();
        var data = await world.Database.Get<ReferenceDataQuery>().LoadAsync();
        var david = data.Staff.Single(s => s.Name == "David Okafor").Id;
        var sarah = data.Staff.Single(s => s.Name == "Sarah Mitchell").Id;

        var id = await world.Service.SaveTeamAsync(null, Guid.Empty, new TeamForm("Street Scene", world.Waste.Id, david), world.Admin);
        var team = (await world.Database.Get<ReferenceDataQuery>().LoadAsync()).Teams.Single(t => t.Id == id);
        await world.Service.SaveTeamAsync(id, team.Version, new TeamForm("Street Scene", world.Waste.Id, sarah), world.Admin);

        var saved = (await world.Database.Get<ReferenceDataQuery>().LoadAsync()).Teams.Single(t => t.Id == id);
        Assert.Equal(("Waste & Recycling", "Sarah Mitchell"), (saved.ServiceArea, saved.TeamLeader));
        Assert.Equal(
            ["Team Street Scene added: service area Waste & Recycling; team leader David Okafor.", "Team Street Scene changed: team leader David Okafor → Sarah Mitchell."],
            await SetupEventsAsync(world.Database));
    }

    [Fact]
    public async Task SomeoneWhoseAccessIsOffCannotBeMadeTeamLeader()
    {
        await using var world = await SeededAsync();
        var directory = world.Database.Get<StaffDirectory>();
        var sarah = (await directory.ListAsync()).Single(s => s.DisplayName == "Sarah Mitchell").Id;
        await directory.SwitchOffAsync(world.Admin.StaffUserId, sarah);

        var refusal = await Assert.ThrowsAsync<SetupRefusedException>(() =>
            world.Service.SaveTeamAsync(null, Guid.Empty, new TeamForm("Street Scene", world.Waste.Id, sarah), world.Admin));

        Assert.Equal("That person's access is switched off: choose someone else.", refusal.Errors[ReferenceDataFields.TeamLeader]);
    }

    [Fact]
    public async Task TheLogFormSuggestsTheAreasPartnerUnderItsCurrentNameAndNotOnceItIsSwitchedOff()
    {
        await using var world = await SeededAsync();
        var data = await world.Database.Get<ReferenceDataQuery>().LoadAsync();
        var greenway = data.Partners.Single(p => p.Id == world.Waste.PartnerId);
        var logging = world.Database.Get<ContactLogging>();

        await world.Service.SavePartnerAsync(greenway.Id, greenway.Version, new PartnerForm("Greenway Services Ltd"), world.Admin);
        var renamed = (await logging.ChoicesAsync()).Areas.Single(a => a.Id == world.Waste.Id).SharedServicePartner;
        greenway = (await world.Database.Get<ReferenceDataQuery>().LoadAsync()).Partners.Single(p => p.Id == greenway.Id);
        await world.Service.SavePartnerAsync(greenway.Id, greenway.Version, new PartnerForm("Greenway Services Ltd", IsActive: false), world.Admin);

        Assert.Equal("Greenway Services Ltd", renamed);
        Assert.Null((await logging.ChoicesAsync()).Areas.Single(a => a.Id == world.Waste.Id).SharedServicePartner);
        Assert.Equal("Greenway Services Ltd", (await world.Database.Get<ReferenceDataQuery>().LoadAsync()).Areas.Single(a => a.Id == world.Waste.Id).Partner);
    }

    [Fact]
    public async Task AnAreaCanMoveToANewPartnerButNotToOneSwitchedOff()
    {
        await using var world = await SeededAsync();
        var admin = world.Service;
        var fresh = await admin.SavePartnerAsync(null, Guid.Empty, new PartnerForm("Ashbury Waste Company"), world.Admin);
        var old = await admin.SavePartnerAsync(null, Guid.Empty, new PartnerForm("Old Contractor", IsActive: false), world.Admin);

        var refusal = await Assert.ThrowsAsync<SetupRefusedException>(() =>
            admin.SaveServiceAreaAsync(world.Waste.Id, world.Waste.Version, FormOf(world.Waste) with { PartnerId = old }, world.Admin));
        await admin.SaveServiceAreaAsync(world.Waste.Id, world.Waste.Version, FormOf(world.Waste) with { PartnerId = fresh }, world.Admin);

        Assert.Equal("That partner is not in use: choose another.", refusal.Errors[ReferenceDataFields.Partner]);
        Assert.Equal("Service area Waste & Recycling changed: shared-service partner Greenway Environmental Services → Ashbury Waste Company.",
            (await SetupEventsAsync(world.Database))[^1]);
    }
}
