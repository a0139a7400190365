using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The provider's contexts behind one <see cref="IDbContextFactory{ComplaintsDbContext}"/>, and the start-up migrator.</summary>
    public static IServiceCollection AddComplaintsDatabase(this IServiceCollection services, DatabaseSettings settings)
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
        CountsStopAtACap(options.UseSqlite(settings.ConnectionString)
            .AddInterceptors(new SqliteBusyTimeoutInterceptor(settings.SqliteBusyTimeoutMilliseconds)));

    internal static void ConfigurePostgres(DbContextOptionsBuilder options, DatabaseSettings settings) =>
        CountsStopAtACap(options.UseNpgsql(settings.ConnectionString, npgsql => npgsql.EnableRetryOnFailure(3)));

    /// <summary>
    /// The case list and its search count at most a cap of rows (<c>Take(cap + 1).Count()</c>), where order does not
    /// matter and asking for one would make the database sort what it only needs to count; EF Core's warning about a
    /// limit without an order would otherwise be logged on every page of the list.
    /// </summary>
    private static DbContextOptionsBuilder CountsStopAtACap(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));
}
