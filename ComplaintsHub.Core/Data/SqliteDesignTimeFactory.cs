using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ComplaintsHub.Core.Data;

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
