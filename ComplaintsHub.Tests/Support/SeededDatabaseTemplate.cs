using ComplaintsHub.Core;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Support;

/// <summary>
/// Seeding two years of demo data takes a few seconds, so it is done once per test run (relative to
/// <see cref="TestToday"/>, the day the web host's clock also stands at) and each web test gets its own copy of the file.
/// </summary>
public static class SeededDatabaseTemplate
{
    private static readonly Lazy<Task<string>> Template = new(CreateAsync);

    public static async Task<string> CopyAsync()
    {
        var template = await Template.Value;
        var copy = Path.Combine(Path.GetTempPath(), "complaintshub-tests", $"web-{Guid.NewGuid():N}.db");
        File.Copy(template, copy);
        return copy;
    }

    private static async Task<string> CreateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), "complaintshub-tests", $"template-{Guid.NewGuid():N}.db");
        var settings = DatabaseSettings.Create("Sqlite", $"Data Source={path}", Path.GetTempPath());
        await using (var services = new ServiceCollection()
                         .AddLogging()
                         .AddSingleton<TimeProvider>(TestToday.NewClock())
                         .AddComplaintsDatabase(settings)
                         .AddComplaintsHubCore()
                         .BuildServiceProvider())
        {
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
            await services.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }

        await MigratedTemplate.FoldWriteAheadLogAsync(path);
        return path;
    }
}
