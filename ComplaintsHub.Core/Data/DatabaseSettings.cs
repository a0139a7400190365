using Microsoft.Data.Sqlite;
using Npgsql;

namespace ComplaintsHub.Core.Data;

/// <summary>
/// The validated choice of database. Built once at start-up; anything wrong stops the app with a message that
/// names the setting to fix.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, int SqliteBusyTimeoutMilliseconds = 5000)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringKey = "ConnectionStrings:ComplaintsHub";

    /// <param name="provider">The <c>Database:Provider</c> setting; empty means SQLite.</param>
    /// <param name="connectionString">The <c>ConnectionStrings:ComplaintsHub</c> setting; optional for SQLite.</param>
    /// <param name="dataDirectory">Where the SQLite file goes when no connection string is given.</param>
    public static DatabaseSettings Create(string? provider, string? connectionString, string dataDirectory)
    {
        DatabaseProvider chosen;
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            chosen = DatabaseProvider.Sqlite;
        }
        else if (provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            chosen = DatabaseProvider.PostgreSQL;
        }
        else
        {
            throw new InvalidOperationException($"{ProviderKey} is \"{provider}\": set it to \"Sqlite\" (the default) or \"PostgreSQL\".");
        }

        if (chosen == DatabaseProvider.Sqlite)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                connectionString = $"Data Source={Path.Combine(dataDirectory, "complaintshub.db")}";
            }

            try
            {
                var builder = new SqliteConnectionStringBuilder(connectionString);
                if (string.IsNullOrWhiteSpace(builder.DataSource))
                {
                    throw new ArgumentException("it has no Data Source");
                }
            }
            catch (ArgumentException ex)
            {
                throw new InvalidOperationException($"{ConnectionStringKey} is not a valid SQLite connection string ({ex.Message}). Example: \"Data Source=App_Data/complaintshub.db\".");
            }

            return new DatabaseSettings(chosen, connectionString);
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"{ProviderKey} is PostgreSQL but {ConnectionStringKey} is not set. Example: \"Host=localhost;Port=5432;Database=complaintshub;Username=complaintshub;Password=…\".");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                throw new ArgumentException("it has no Host");
            }
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"{ConnectionStringKey} is not a valid PostgreSQL connection string ({ex.Message}).");
        }

        return new DatabaseSettings(chosen, connectionString);
    }

    /// <summary>Where the data lives, without secrets, for messages.</summary>
    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource}"
        : $"PostgreSQL database {new NpgsqlConnectionStringBuilder(ConnectionString).Database} on {new NpgsqlConnectionStringBuilder(ConnectionString).Host}";
}
