using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ComplaintsHub.Core.Data;

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
