using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>The list's subject, category and channel filters, its capped count and the indexes that carry it.</summary>
[Trait(TestToday.Category, TestToday.DateSensitive)]
public class CaseListFilters
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

    /// <summary>Every case the list returns for <paramref name="filter"/>, page by page, as ids in ascending order.</summary>
    private static async Task<List<int>> AllIdsAsync(CaseListQuery list, CaseListFilter filter, CurrentStaff staff)
    {
        var ids = new List<int>();
        for (var page = 0; ; page++)
        {
            var rows = (await list.SearchAsync(filter, staff, page, CaseListQuery.MaxPageSize)).Rows;
            ids.AddRange(rows.Select(r => r.Id));
            if (rows.Count < CaseListQuery.MaxPageSize) return ids.Order().ToList();
        }
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task SubjectCategoryAndChannelEachReturnExactlyTheirCasesAndCombineWithTheOtherFilters(DatabaseProvider provider)
    {
        var (database, staff) = await SeededAsync(provider);
        await using var _ = database;
        var list = database.Get<CaseListQuery>();
        await using var db = await database.Factory.CreateDbContextAsync();
        // The commonest of each in the demo data, so that each filter has cases to find and cases to leave out.
        var subject = await db.Complaints.Where(c => c.SubjectId != null).GroupBy(c => c.SubjectId!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
        var category = await db.Complaints.Where(c => c.CategoryId != null).GroupBy(c => c.CategoryId!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
        // A category and channel that open cases share, to combine with the open filter.
        var openPair = await db.Complaints.Where(CaseFilters.Open).Where(c => c.CategoryId != null).GroupBy(c => new { Category = c.CategoryId!.Value, c.Channel })
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Category).ThenBy(g => g.Key.Channel).Select(g => g.Key).FirstAsync();
        var admin = staff[DemoStaff.ComplaintsAdmin];

        var bySubject = await AllIdsAsync(list, new CaseListFilter { SubjectId = subject }, admin);
        var byCategory = await AllIdsAsync(list, new CaseListFilter { CategoryId = category }, admin);
        var byEmail = await AllIdsAsync(list, new CaseListFilter { Channel = Channel.Email }, admin);
        var combined = await AllIdsAsync(list, new CaseListFilter { CategoryId = openPair.Category, Channel = openPair.Channel, OpenOnly = true }, admin);

        Assert.Equal(await db.Complaints.Where(c => c.SubjectId == subject).Select(c => c.Id).OrderBy(id => id).ToListAsync(), bySubject);
        Assert.Equal(await db.Complaints.Where(c => c.CategoryId == category).Select(c => c.Id).OrderBy(id => id).ToListAsync(), byCategory);
        Assert.Equal(await db.Complaints.Where(c => c.Channel == Channel.Email).Select(c => c.Id).OrderBy(id => id).ToListAsync(), byEmail);
        Assert.Equal(await db.Complaints.Where(CaseFilters.Open).Where(c => c.CategoryId == openPair.Category && c.Channel == openPair.Channel).Select(c => c.Id).OrderBy(id => id).ToListAsync(), combined);
        Assert.NotEmpty(bySubject);
        Assert.NotEmpty(combined);
        Assert.True(bySubject.Count < await db.Complaints.CountAsync(), "the subject filter should leave some cases out");
        Assert.True(combined.Count < await db.Complaints.CountAsync(c => c.CategoryId == openPair.Category && c.Channel == openPair.Channel), "the open filter should leave closed cases out");
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task AnOfficerFilteringByChannelSeesOnlyTheCasesOfTheirOwnAreas(DatabaseProvider provider)
    {
        var (database, staff) = await SeededAsync(provider);
        await using var _ = database;
        await using var db = await database.Factory.CreateDbContextAsync();
        var officer = staff[DemoStaff.Officer];
        var areas = await db.StaffUsers.Where(s => s.Id == officer.StaffUserId).SelectMany(s => s.ServiceAreas.Select(a => a.Id)).ToListAsync();
        var expected = await db.Complaints
            .Where(c => c.Channel == Channel.Phone && (areas.Contains(c.ServiceAreaId) || c.LoggedById == officer.StaffUserId || c.AllocatedOfficerId == officer.StaffUserId))
            .Select(c => c.Id).OrderBy(id => id).ToListAsync();

        var found = await AllIdsAsync(database.Get<CaseListQuery>(), new CaseListFilter { Channel = Channel.Phone }, officer);

        Assert.NotEmpty(found);
        Assert.Equal(expected, found);
        Assert.True(found.Count < await db.Complaints.CountAsync(c => c.Channel == Channel.Phone), "other areas' phone cases should be left out");
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheCountStopsAtItsCapAndSaysMoreCasesMatch(DatabaseProvider provider)
    {
        var (database, staff) = await SeededAsync(provider);
        await using var _ = database;
        var list = database.Get<CaseListQuery>();
        var admin = staff[DemoStaff.ComplaintsAdmin];
        await using var db = await database.Factory.CreateDbContextAsync();
        var matching = await db.Complaints.CountAsync(c => c.Channel == Channel.Email);
        var filter = new CaseListFilter { Channel = Channel.Email };
        Assert.True(matching > 30, $"the demo data should have more than 30 email cases, not {matching}");

        var atTheCap = await list.SearchAsync(filter, admin, 0, 10, countCap: matching);
        var pastTheCap = await list.SearchAsync(filter, admin, 0, 10, countCap: matching - 1);
        var secondPagePastASmallCap = await list.SearchAsync(filter, admin, 1, 10, countCap: 5);

        Assert.Equal((matching, false), (atTheCap.Total, atTheCap.TotalIsAtLeast));
        Assert.Equal((matching - 1, true), (pastTheCap.Total, pastTheCap.TotalIsAtLeast));
        // Counting goes just past the page read, so the pager can always offer the next page while there is one.
        Assert.Equal((20, true), (secondPagePastASmallCap.Total, secondPagePastASmallCap.TotalIsAtLeast));
        Assert.Equal(10, secondPagePastASmallCap.Rows.Count);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task TheListsIndexesAreThereAfterEveryMigration(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.Factory.CreateDbContextAsync();
        // The expression indexes are made by SQL in a migration: a later EF table rebuild on SQLite would drop them unseen.
        var names = provider == DatabaseProvider.Sqlite
            ? await db.Database.SqlQueryRaw<string>("""SELECT "name" AS "Value" FROM sqlite_master WHERE "type" = 'index' AND "tbl_name" = 'Complaints'""").ToListAsync()
            : await db.Database.SqlQueryRaw<string>("""SELECT "indexname" AS "Value" FROM pg_indexes WHERE "tablename" = 'Complaints'""").ToListAsync();

        Assert.Empty(new[] { "IX_Complaints_OpenDueOrder", "IX_Complaints_DueOrder", "IX_Complaints_OpenByDue", "IX_Complaints_ReceivedAt_Id", "IX_Complaints_Channel" }.Except(names));
        // SQLite's own: each filter's cases in the list's order (PostgreSQL reads the due-order index and checks the column).
        if (provider == DatabaseProvider.Sqlite)
            Assert.Empty(new[] { "IX_Complaints_SubjectDueOrder", "IX_Complaints_CategoryDueOrder", "IX_Complaints_ChannelDueOrder" }.Except(names));
        // PostgreSQL's due order carries the complainant, for the risk-flag filter, and the visibility columns.
        if (provider == DatabaseProvider.PostgreSQL)
            Assert.EndsWith("""INCLUDE ("ComplainantId", "ServiceAreaId", "AllocatedOfficerId", "LoggedById")""",
                await db.Database.SqlQueryRaw<string>("""SELECT pg_get_indexdef('"IX_Complaints_DueOrder"'::regclass) AS "Value" """).SingleAsync());
    }
}
