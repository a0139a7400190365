using System.Globalization;
using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.Data.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComplaintsHub.Core.Data;

/// <summary>Creates the database if needed and applies the provider's migrations at start-up.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<ComplaintsDbContext> factory, DatabaseSettings settings, ILogger<DatabaseInitializer> logger)
{
    public Task MigrateAsync(CancellationToken cancellationToken = default) => MigrateAsync(rebuildSearchIndex: false, cancellationToken);

    /// <param name="rebuildSearchIndex">
    /// Builds the search index from the cases even when the stored index is this release's: after cases or complainants
    /// were loaded straight into the database, beneath the application's saves. Once, whatever else asked for it.
    /// </param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task MigrateAsync(bool rebuildSearchIndex, CancellationToken cancellationToken = default)
    {
        try
        {
            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                PrepareSqliteFile();
            }

            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) to the {Database}: {Migrations}", pending.Count, settings.Describe(), string.Join(", ", pending));
            }

            await db.Database.MigrateAsync(cancellationToken);
            var countedBy = await ReportingCounter.StoredVersionAsync(db, cancellationToken);
            if (countedBy != ReportingCounter.CountsVersion)
            {
                // Counts are made from the cases by the code that keeps them, not by SQL in each provider's migrations, so
                // a migration leaves its count tables empty. Whenever the counts stored were counted by another definition
                // than this release's, or never, one recount puts every table right (docs/decisions/0007).
                logger.LogInformation("Counting the reporting counts from the cases: stored counts version {Stored}, this release's {Current}",
                    countedBy?.ToString(CultureInfo.InvariantCulture) ?? "none", ReportingCounter.CountsVersion);
                await ReportingCounter.RecountAsync(db, cancellationToken);
            }

            await CaseSearchIndex.KeepStorageAsync(db, cancellationToken);
            var indexedBy = await CaseSearchIndex.StoredVersionAsync(db, cancellationToken);
            if (rebuildSearchIndex || indexedBy != CaseSearchIndex.DocumentVersion)
            {
                // As with the counts: a migration makes the index's tables empty, and the code that keeps the index fills them,
                // once, on the first start after the index (or the definition of its documents) changed.
                logger.LogInformation("Building the case search index from the cases: stored index version {Stored}, this release's {Current}{Asked}",
                    indexedBy?.ToString(CultureInfo.InvariantCulture) ?? "none", CaseSearchIndex.DocumentVersion, rebuildSearchIndex ? ", and asked to" : "");
                await CaseSearchIndex.RebuildAsync(db, cancellationToken);
            }

            try
            {
                await PlannerStatistics.RefreshAsync(db, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Only speed depends on it: another process holding the file's write lock must not stop the app starting.
                logger.LogWarning(ex, "Could not refresh the database's planner statistics; lists may be slower until the nightly refresh");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidOperationException(
                $"Could not open or migrate the {settings.Describe()}: {ex.GetBaseException().Message} Check {DatabaseSettings.ProviderKey} and {DatabaseSettings.ConnectionStringKey}.", ex);
        }
    }

    private void PrepareSqliteFile()
    {
        var builder = new SqliteConnectionStringBuilder(settings.ConnectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);

        // WAL lets staff read while someone saves; the setting is stored in the file, so once is enough.
        using var connection = new SqliteConnection(settings.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }
}
