using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Counts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Reports;

/// <summary>
/// A count table is declared once, on its entity: the counts are written wherever the EF model maps that entity, so a
/// table or column renamed in the mapping needs no second edit in the code that writes them.
/// </summary>
public class CountTables
{
    [Fact]
    public async Task CountsAreAddedUpInTheTableAndColumnsTheModelNames()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new RenamedCountsContext(new DbContextOptionsBuilder<RenamedCountsContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
        var november = new DateOnly(2026, 11, 1);

        foreach (var (stages, within) in new[] { (3, 2), (4, 1) })
        {
            var changes = new CountChanges(db.Model);
            changes.Add(new StageMonthlyCount(month: november, measure: StageMeasure.Responded, stageNumber: 1, serviceAreaId: 5, procedureId: 2, stages: stages, withinTimescale: within));
            await ReportingCounter.ApplyAsync(db, changes, CancellationToken.None);
        }

        var stored = Assert.Single(await db.StageMonthlyCounts.AsNoTracking().ToListAsync());
        Assert.Equal((november, StageMeasure.Responded, 1, 5, 2), (stored.Month, stored.Measure, stored.StageNumber, stored.ServiceAreaId, stored.ProcedureId));
        Assert.Equal((7, 3), (stored.Stages, stored.WithinTimescale));
    }

    /// <summary>The application's model with the monthly counts mapped to another table, a key column and an amount column renamed.</summary>
    private sealed class RenamedCountsContext(DbContextOptions<RenamedCountsContext> options) : ComplaintsDbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            var monthly = modelBuilder.Entity<StageMonthlyCount>();
            monthly.ToTable("MonthlyStageFigures");
            monthly.Property(c => c.Measure).HasColumnName("WhatIsCounted");
            monthly.Property(c => c.WithinTimescale).HasColumnName("OnTime");
        }
    }
}
