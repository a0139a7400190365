using Microsoft.EntityFrameworkCore;
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
