using System.Diagnostics;
using System.Globalization;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Setup;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Hosting;

public static class DatabaseStartup
{
    /// <summary>Demo data goes in automatically only in Development; anywhere else only when the command line asks.</summary>
    public static bool ShouldSeed(IHostEnvironment environment, IConfiguration configuration, bool seedRequestedOnCommandLine) =>
        seedRequestedOnCommandLine || (environment.IsDevelopment() && configuration.GetValue("DemoData:SeedWhenEmpty", false));

    /// <summary>The command-line switch that seeds demo data outside Development (e.g. a training server).</summary>
    public const string SeedSwitch = "--seed-demo-data";

    /// <summary>
    /// The command-line switch that builds the search index again from every case, then exits without serving: after cases
    /// or complainants were loaded straight into the database, beneath the application's saves.
    /// </summary>
    public const string RebuildSearchSwitch = "--rebuild-search-index";

    /// <summary>
    /// Applies migrations and rebuilds the search index (once, even when the migrations asked for it too), then says how many
    /// cases it holds and how long it all took.
    /// </summary>
    internal static async Task RebuildSearchIndexAsync(this WebApplication app)
    {
        var started = Stopwatch.GetTimestamp();
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(rebuildSearchIndex: true);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var cases = await db.Complaints.CountAsync();
        Console.WriteLine(string.Format(CultureInfo.GetCultureInfo("en-GB"), "Search index rebuilt: {0:N0} cases in {1:N1} seconds.", cases, seconds));
    }

    /// <summary>Applies migrations, adds what every council needs to an empty database, then seeds demo data into an empty database in Development or when asked on the command line.</summary>
    internal static async Task PrepareDatabaseAsync(this WebApplication app, bool seedRequestedOnCommandLine)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        // In every environment: a council's first start must leave it able to set up and take complaints without demo data.
        await app.Services.GetRequiredService<FirstStartDefaults>().EnsureAsync();
        if (!await app.Services.GetRequiredService<ComplaintsHub.Core.Letters.LetterService>().EnsureCouncilDetailsAsync())
        {
            throw new InvalidOperationException(app.Services.GetRequiredService<MissingCouncilSettings>().Message);
        }

        if (!ShouldSeed(app.Environment, app.Configuration, seedRequestedOnCommandLine))
        {
            if (!app.Environment.IsDevelopment() && app.Configuration.GetValue("DemoData:SeedWhenEmpty", false))
            {
                app.Logger.LogWarning("DemoData:SeedWhenEmpty is ignored in the {Environment} environment; use {Switch} to seed a training server.", app.Environment.EnvironmentName, SeedSwitch);
            }

            return;
        }

        var result = await app.Services.GetRequiredService<DemoDataSeeder>().SeedAsync();
        app.Logger.LogInformation("Demo data: {Message}", result.Message);
    }
}
