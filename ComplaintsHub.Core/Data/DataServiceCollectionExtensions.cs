using Microsoft.EntityFrameworkCore;
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
        options.UseSqlite(settings.ConnectionString)
            .AddInterceptors(new SqliteBusyTimeoutInterceptor(settings.SqliteBusyTimeoutMilliseconds));

    internal static void ConfigurePostgres(DbContextOptionsBuilder options, DatabaseSettings settings) =>
        options.UseNpgsql(settings.ConnectionString, npgsql => npgsql.EnableRetryOnFailure(3));
}
