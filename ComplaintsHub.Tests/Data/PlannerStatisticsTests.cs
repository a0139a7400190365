using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>The first figure of ANALYZE's statistics for an index on every case: the rows it saw; 0 when it has none.</summary>
    private static async Task<int> CasesThePlannerKnowsOfAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var stat = await db.Database.SqlQueryRaw<string>(
            """SELECT stat AS "Value" FROM sqlite_stat1 WHERE tbl = 'Complaints' AND idx = 'IX_Complaints_ServiceAreaId_Status_NextDueDate'""").ToListAsync();
        return stat.Count == 0 ? 0 : int.Parse(stat[0].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
