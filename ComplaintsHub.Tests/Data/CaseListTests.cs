using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

[Trait(TestToday.Category, TestToday.DateSensitive)]
public class CaseList
{
    private static async Task<(TestDatabase Database, Dictionary<string, CurrentStaff> Staff)> SeededAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 200);
        await using var db = await database.Factory.CreateDbContextAsync();
        var staff = (await db.StaffUsers.Include(s => s.Roles).ToListAsync())
            .ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
        return (database, staff);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task StaffSeeTheirServiceAreasCasesAndTheComplaintsTeamSeesAll(DatabaseProvider provider)
    {
        var (database, staff) = await SeededAsync(provider);
        await using var _ = database;
        var list = database.Get<CaseListQuery>();
        await using var db = await database.Factory.CreateDbContextAsync();
        var housing = await db.ServiceAreas.SingleAsync(a => a.Name == "Housing");
        var priya = staff["Priya Shah"].StaffUserId;
        var expected = await db.Complaints.CountAsync(c => c.ServiceAreaId == housing.Id || c.LoggedById == priya || c.AllocatedOfficerId == priya);

        var officerView = await list.SearchAsync(new CaseListFilter(), staff["Priya Shah"], 0, 25);
        var everything = await list.SearchAsync(new CaseListFilter(), staff["Mark Ellis"], 0, 25);

        Assert.Equal(expected, officerView.Total);
        Assert.All(officerView.Rows, r => Assert.Equal("Housing", r.ServiceArea));
        Assert.Equal(await db.Complaints.CountAsync(), everything.Total);
        Assert.Equal(25, everything.Rows.Count);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task FiltersCombineAndTheManagersWeekShowsOnlyOpenCasesDueWithinFiveWorkingDays(DatabaseProvider provider)
    {
        var (database, staff) = await SeededAsync(provider);
        await using var _ = database;
        var list = database.Get<CaseListQuery>();
        var calendar = await database.Get<CalendarService>().GetAsync();
        var today = UkTime.Today(database.Clock);

        var week = await list.SearchAsync(new CaseListFilter { Due = DueFilter.ThisWeek }, staff["Mark Ellis"], 0, 100);
        var overdue = await list.SearchAsync(new CaseListFilter { Due = DueFilter.Overdue }, staff["Mark Ellis"], 0, 100);
        var unallocatedComplaints = await list.SearchAsync(new CaseListFilter { UnallocatedOnly = true, Classification = ContactClassification.Complaint }, staff["Mark Ellis"], 0, 100);

        Assert.NotEmpty(week.Rows);
        Assert.All(week.Rows, r => Assert.True(r.NextDueDate <= calendar.AddWorkingDays(today, 5) && r.Status is not (CaseStatus.Closed or CaseStatus.Withdrawn)));
        Assert.All(overdue.Rows, r => Assert.Equal(DueStatus.Overdue, r.DueStatus));
        Assert.True(overdue.Total < week.Total);
        Assert.All(unallocatedComplaints.Rows, r => Assert.Equal((null, ContactClassification.Complaint), (r.Officer, r.Classification)));
        var toms = await list.SearchAsync(new CaseListFilter { OfficerId = staff["Tom Bennett"].StaffUserId, OpenOnly = true }, staff["Mark Ellis"], 0, 100);
        Assert.NotEmpty(toms.Rows);
        Assert.All(toms.Rows, r => Assert.Equal("Tom Bennett", r.Officer));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task SearchFindsByReferenceNamePostcodePhoneOrEmail(DatabaseProvider provider)
    {
        var (database, staff) = await SeededAsync(provider);
        await using var _ = database;
        var logged = await database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = (await database.Get<ContactLogging>().ChoicesAsync()).Areas.Single(a => a.Name == "Parking").Id,
            ReceivedDate = TestToday.Date.AddDays(-1).ToDateTime(TimeOnly.MinValue),
            Description = "PCN issued while loading.",
            Complainant = new ComplainantForm { FirstName = "Idris", LastName = "Quartermaine", Phone = "01632 960 555", Email = "idris.q@example.net", Postcode = "ZZ1 1ZZ" },
        }, staff["Tom Bennett"]);
        var list = database.Get<CaseListQuery>();

        foreach (var term in new[] { logged.Reference!, logged.Reference!.ToLowerInvariant(), "Quarterm", "zz1 1zz", "01632960555", "idris.q@" })
        {
            var found = await list.SearchAsync(new CaseListFilter { Search = term }, staff["David Okafor"], 0, 10);
            Assert.True(found.Rows.Any(r => r.Reference == logged.Reference), $"not found by \"{term}\"");
        }
    }

    [Fact]
    public async Task PagesDoNotOverlapAndSortingIsAppliedBeforePaging()
    {
        var (database, staff) = await SeededAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        var list = database.Get<CaseListQuery>();
        var filter = new CaseListFilter { Sort = CaseSort.ReceivedNewest };

        var first = await list.SearchAsync(filter, staff["Mark Ellis"], 0, 20);
        var second = await list.SearchAsync(filter, staff["Mark Ellis"], 1, 20);

        Assert.Empty(first.Rows.Select(r => r.Id).Intersect(second.Rows.Select(r => r.Id)));
        var received = first.Rows.Concat(second.Rows).Select(r => r.ReceivedOn).ToList();
        Assert.Equal(received.OrderByDescending(d => d), received);
    }

    [Fact]
    public async Task ACouncillorCannotListCases()
    {
        var (database, staff) = await SeededAsync(DatabaseProvider.Sqlite);
        await using var _ = database;

        await Assert.ThrowsAsync<PermissionDeniedException>(() => database.Get<CaseListQuery>().SearchAsync(new CaseListFilter(), staff["Cllr Janet Hughes"], 0, 10));
    }
}
