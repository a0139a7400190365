using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;

namespace ComplaintsHub.Hosting;

internal static class DatabaseStartup
{
    /// <summary>The command-line switch that seeds demo data outside Development (e.g. a training server).</summary>
    public const string SeedSwitch = "--seed-demo-data";

    /// <summary>Applies migrations, then seeds demo data into an empty database in Development or when asked on the command line.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool seedRequestedOnCommandLine)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync();

        var seedInDevelopment = app.Environment.IsDevelopment() && app.Configuration.GetValue("DemoData:SeedWhenEmpty", false);
        if (!seedInDevelopment && !seedRequestedOnCommandLine) return;

        var result = await app.Services.GetRequiredService<DemoDataSeeder>().SeedAsync();
        app.Logger.LogInformation("Demo data: {Message}", result.Message);
    }
}
