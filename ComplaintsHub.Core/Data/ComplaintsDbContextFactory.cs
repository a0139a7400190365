using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Core.Data;

/// <summary>Creates the provider's context as the shared type, so services never care which database it is.</summary>
public sealed class ComplaintsDbContextFactory(DatabaseSettings settings, IServiceProvider services) : IDbContextFactory<ComplaintsDbContext>
{
    public ComplaintsDbContext CreateDbContext() => settings.Provider switch
    {
        DatabaseProvider.Sqlite => services.GetRequiredService<IDbContextFactory<SqliteComplaintsDbContext>>().CreateDbContext(),
        _ => services.GetRequiredService<IDbContextFactory<PostgresComplaintsDbContext>>().CreateDbContext(),
    };
}

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddComplaintsHubData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContextFactory<SqliteComplaintsDbContext>(o => ConfigureSqlite(o, settings));
        }
        else
        {
            services.AddDbContextFactory<PostgresComplaintsDbContext>(o => ConfigurePostgres(o, settings));
        }

        services.AddSingleton<IDbContextFactory<ComplaintsDbContext>, ComplaintsDbContextFactory>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder options, DatabaseSettings settings) =>
        options.UseSqlite(settings.ConnectionString)
            .AddInterceptors(new SqliteBusyTimeoutInterceptor(settings.SqliteBusyTimeoutMilliseconds));

    internal static void ConfigurePostgres(DbContextOptionsBuilder options, DatabaseSettings settings) =>
        options.UseNpgsql(settings.ConnectionString, npgsql => npgsql.EnableRetryOnFailure(3));
}

/// <summary>
/// Two staff saving at once must wait their turn rather than fail with "database is locked": every connection
/// waits up to the busy timeout for SQLite's single writer.
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor(int milliseconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {milliseconds};";
        command.ExecuteNonQuery();
    }
}

/// <summary>Used by <c>dotnet ef</c> to build the SQLite migration set.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteComplaintsDbContext>
{
    public SqliteComplaintsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteComplaintsDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
        return new SqliteComplaintsDbContext(options.Options);
    }
}

/// <summary>Used by <c>dotnet ef</c> to build the PostgreSQL migration set (no server is contacted).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresComplaintsDbContext>
{
    public PostgresComplaintsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresComplaintsDbContext>();
        DataServiceCollectionExtensions.ConfigurePostgres(options, new DatabaseSettings(DatabaseProvider.PostgreSQL, "Host=localhost;Database=complaintshub_design"));
        return new PostgresComplaintsDbContext(options.Options);
    }
}
