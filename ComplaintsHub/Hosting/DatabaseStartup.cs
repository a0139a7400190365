using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Setup;

namespace ComplaintsHub.Hosting;

public static class DatabaseStartup
{
    /// <summary>Demo data goes in automatically only in Development; anywhere else only when the command line asks.</summary>
    public static bool ShouldSeed(IHostEnvironment environment, IConfiguration configuration, bool seedRequestedOnCommandLine) =>
        seedRequestedOnCommandLine || (environment.IsDevelopment() && configuration.GetValue("DemoData:SeedWhenEmpty", false));

    /// <summary>The command-line switch that seeds demo data outside Development (e.g. a training server).</summary>
    public const string SeedSwitch = "--seed-demo-data";

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
