using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsHub.Tests.Data;

/// <summary>SQLite's query planner is told what the tables hold, at every start, so lists keep their plans as cases grow.</summary>
public class PlannerStatistics
{
    [Fact]
    public async Task EachStartTellsSqlitesPlannerHowManyCasesThereAreNow()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Assert.Equal(0, await CasesThePlannerKnowsOfAsync(database));

        await database.Get<DemoDataSeeder>().SeedAsync(days: 30);
        await database.Get<DatabaseInitializer>().MigrateAsync();

        await using var db = await database.Factory.CreateDbContextAsync();
        var cases = await db.Complaints.CountAsync();
        Assert.True(cases > 0);
        Assert.Equal(cases, await CasesThePlannerKnowsOfAsync(database));
    }

    [Theory]
    [InlineData("2026-11-20T12:00:00Z", 14.0)]  // midday in winter: 02:00 GMT tomorrow
    [InlineData("2026-11-20T01:30:00Z", 0.5)]   // half an hour before it
    [InlineData("2026-11-20T02:00:00Z", 24.0)]  // just done: tomorrow night's
    [InlineData("2026-07-01T00:30:00Z", 0.5)]   // 01:30 in summer (BST): 02:00 BST is 01:00 UTC
    public void TheNightlyRefreshRunsAtTwoInTheMorningUkTime(string now, double hours)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(TimeSpan.FromHours(hours), Core.Data.PlannerStatistics.UntilNextRefresh(clock));
    }

    /// <summary>The first figure of ANALYZE's statistics for an index on every case: the rows it saw; 0 when it has none.</summary>
    private static async Task<int> CasesThePlannerKnowsOfAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var stat = await db.Database.SqlQueryRaw<string>(
            """SELECT stat AS "Value" FROM sqlite_stat1 WHERE tbl = 'Complaints' AND idx = 'IX_Complaints_ServiceAreaId_Status_NextDueDate'""").ToListAsync();
        return stat.Count == 0 ? 0 : int.Parse(stat[0].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
