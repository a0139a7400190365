extern alias benchmarks;
using benchmarks::ComplaintsHub.Benchmarks;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Benchmarks;

/// <summary>
/// The benchmark judges the KPI set against a hand-written statement per provider. If either statement stopped counting
/// what the KPI set counts (a changed definition, a new column), every figure in docs/benchmarks.md would compare unlike
/// work: this generates a small data set the benchmark's way and checks they agree, as the benchmark does before timing.
/// </summary>
public class BenchmarkLowerBound
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task GivesTheKpiSetsHeadlineFiguresOnGeneratedData(DatabaseProvider provider)
    {
        var options = provider == DatabaseProvider.Sqlite
            ? BenchmarkOptions.Parse([])
            : BenchmarkOptions.Parse(["--provider", "PostgreSQL", "--connection", PostgresDataAttribute.ConnectionString!]);
        var database = BenchmarkDatabase.For(options, $"complaintshub_bench_test_{Guid.NewGuid():N}");
        await database.CreateAfreshAsync();
        try
        {
            await using var services = BenchmarkServices.For(database, FixedClock.BenchmarkNow);
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
            await KpiMeasurement.GenerateAsync(services, database, 12_000, FixedClock.BenchmarkNow);
            var admin = await KpiMeasurement.AdminAsync(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ComplaintsDbContext>>());

            var report = await KpiMeasurement.CheckedQuarterAsync(services.GetRequiredService<KpiQuery>(), admin, database);

            // Agreement on zeros would prove nothing: the quarter has work in every figure the statements count.
            Assert.All(new[] { report.Stage(1).Received, report.Stage(2).Received, report.Stage(1).Responded, report.Stage(1).WithinTimescale,
                report.Stage(2).Responded, report.OpenAtEnd, report.Ombudsman.DecisionsMade }, figure => Assert.True(figure > 0));
            Assert.True(report.Stage(1).Responded > report.Stage(1).WithinTimescale, "some stage 1 responses were late");
        }
        finally
        {
            await database.DropAsync();
        }
    }
}
