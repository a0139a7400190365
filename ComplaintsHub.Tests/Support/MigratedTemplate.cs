using ComplaintsHub.Core;
using ComplaintsHub.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ComplaintsHub.Tests.Support;

/// <summary>
/// One empty database per provider with every migration applied, made once per test run, that each
/// <see cref="TestDatabase"/> starts as a copy of: a file copy on SQLite, <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL.
/// </summary>
internal static class MigratedTemplate
{
    private static readonly Lazy<Task<string>> SqliteFile = new(CreateSqliteFileAsync);
    private static readonly Lazy<Task<string>> PostgresDatabase = new(() => CreatePostgresTemplateAsync(PostgresDataAttribute.ConnectionString!));

    public static Task<string> SqliteFileAsync() => SqliteFile.Value;

    /// <summary>Creates <paramref name="name"/> on the server as a copy of the migrated template.</summary>
    public static async Task CreatePostgresDatabaseAsync(string server, string name)
    {
        var template = await PostgresDatabase.Value;
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", admin);
        await create.ExecuteNonQueryAsync();
    }

    private static async Task<string> CreateSqliteFileAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), "complaintshub-tests", $"migrated-{Guid.NewGuid():N}.db");
        await MigrateAsync(DatabaseSettings.Create("Sqlite", $"Data Source={path}", Path.GetTempPath()));
        await FoldWriteAheadLogAsync(path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        };
        return path;
    }

    /// <summary>Folds the write-ahead log into the SQLite file, so that a plain copy of the file holds everything.</summary>
    public static async Task FoldWriteAheadLogAsync(string path)
    {
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
    }

    private static async Task<string> CreatePostgresTemplateAsync(string server)
    {
        var name = $"ch_template_{Guid.NewGuid():N}";
        var adminConnection = new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString;
        await using (var admin = new NpgsqlConnection(adminConnection))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        // Without pooling no connection stays open to the template, which PostgreSQL requires of a database it copies.
        await MigrateAsync(DatabaseSettings.Create("PostgreSQL", new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString, Path.GetTempPath()));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            // A server already gone (stopped by .ci/run's own clean-up) took the template with it.
            try
            {
                using var admin = new NpgsqlConnection(adminConnection);
                admin.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                drop.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
            }
        };
        return name;
    }

    private static async Task MigrateAsync(DatabaseSettings settings)
    {
        await using var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(TestToday.NewClock())
            .AddComplaintsDatabase(settings)
            .AddComplaintsHubCore()
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    }
}
