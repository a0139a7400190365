using ComplaintsHub.Core;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Letters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintsHub.Benchmarks;

/// <summary>The Core services as the application registers them, over one data set, with the benchmark's clock.</summary>
internal static class BenchmarkServices
{
    /// <param name="trace">Print every SQL statement EF Core sends (the kpi section's --trace).</param>
    public static ServiceProvider For(BenchmarkDatabase database, DateTimeOffset now, bool trace = false) =>
        new ServiceCollection()
            // EF Core logs as a failure its look for the migrations table in an empty PostgreSQL database; real errors still throw.
            // The migrations' warnings (SQLite rebuilding a table outside a transaction) are the application's start-up, not the measurement.
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore.Migrations", LogLevel.Error).AddSimpleConsole()
                .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", trace ? LogLevel.Information : LogLevel.Critical))
            .AddSingleton<TimeProvider>(new FixedClock(now))
            .AddComplaintsDatabase(database.Settings)
            .AddComplaintsHubCore()
            .AddSingleton(new CouncilDetails("Ashbury District Council", "Council Offices", "Complaints Manager", ""))
            .BuildServiceProvider();
}
