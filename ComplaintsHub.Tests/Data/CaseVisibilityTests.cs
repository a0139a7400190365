using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

public class CaseVisibilityRule
{
    [Fact]
    public async Task TheListsAndTheCasePageAgreeOnWhichCasesEachPersonMaySee()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 60);
        await using var db = await database.Factory.CreateDbContextAsync();
        var staff = await db.StaffUsers.Include(s => s.Roles).Include(s => s.ServiceAreas).ToListAsync();
        var cases = await db.Complaints.AsNoTracking().Select(c => new { c.Id, c.ServiceAreaId, c.LoggedById, c.AllocatedOfficerId }).ToListAsync();

        foreach (var person in staff)
        {
            var current = new CurrentStaff(person.Id, person.DisplayName, person.Roles.Select(r => r.Role).ToHashSet());
            var visibility = await CaseVisibility.OfAsync(db, current, default);

            var listed = await visibility.Apply(db.Complaints.AsNoTracking()).Select(c => c.Id).OrderBy(id => id).ToListAsync();
            var openable = cases.Where(c => visibility.CanSee(c.ServiceAreaId, c.LoggedById, c.AllocatedOfficerId)).Select(c => c.Id).OrderBy(id => id).ToList();

            Assert.Equal(openable, listed);
            Assert.True(current.Has(StaffRole.PortfolioHolder) ? listed.Count == 0 : listed.Count > 0 && (current.Has(StaffRole.ComplaintsAdmin) || listed.Count < cases.Count),
                $"{person.DisplayName} sees {listed.Count} of {cases.Count}");
        }
    }

    [Fact]
    public async Task ACasePageListsOnlyThePersonsOtherCasesThatTheViewerMayOpen()
    {
        await using var world = await PersonalDataWorld.CreateAsync();
        var officer = world.Staff[PersonalDataWorld.Officer];
        var waste = await world.Logging.LogAsync(PersonalDataWorld.Complaint(world.Areas["Waste & Recycling"], existingComplainantId: world.GraceId), officer);
        var query = world.Database.Get<CaseQuery>();

        var asOfficer = Assert.IsType<CaseLookup.Found>(await query.GetAsync(waste.Reference!, officer)).Case;
        var asTeam = Assert.IsType<CaseLookup.Found>(await query.GetAsync(waste.Reference!, world.Staff[PersonalDataWorld.ComplaintsTeam])).Case;

        Assert.Empty(asOfficer.LinkedCases);
        Assert.Equal([world.GraceCase], asTeam.LinkedCases.Select(l => l.Reference));
    }

    [Fact]
    public async Task TheKpiCaseRowsOfAHeadOfServiceAreTheCasesTheyMayOpenThoughTheFiguresCoverEveryArea()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 120);
        await using var db = await database.Factory.CreateDbContextAsync();
        var head = await db.StaffUsers.Include(s => s.Roles).Include(s => s.ServiceAreas).SingleAsync(s => s.DisplayName == "James Whitfield");
        var admin = await db.StaffUsers.SingleAsync(s => s.DisplayName == "Mark Ellis");
        var staff = new CurrentStaff(head.Id, head.DisplayName, head.Roles.Select(r => r.Role).ToHashSet());
        var filter = new KpiFilter(ReportPeriod.QuarterContaining(TestToday.Date));
        var rows = database.Get<KpiCaseRowsQuery>();

        var theirs = await rows.ListAsync(filter, staff).Select(r => r.Reference).ToListAsync();
        var everyone = await rows.ListAsync(filter, new CurrentStaff(admin.Id, admin.DisplayName, new HashSet<StaffRole> { StaffRole.ComplaintsAdmin })).Select(r => r.Reference).ToListAsync();

        var areas = head.ServiceAreas.Select(a => a.Id).ToList();
        var openable = await db.Complaints.Where(c => everyone.Contains(c.Reference))
            .Where(c => areas.Contains(c.ServiceAreaId) || c.LoggedById == head.Id || c.AllocatedOfficerId == head.Id).Select(c => c.Reference).ToListAsync();
        Assert.Equal(everyone.Where(openable.Contains).Order(), theirs.Order());
        Assert.True(theirs.Count > 0 && theirs.Count < everyone.Count, $"{theirs.Count} of {everyone.Count}");
    }
}
