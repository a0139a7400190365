using System.Data.Common;
using ComplaintsHub.Core.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ComplaintsHub.Benchmarks;

/// <summary>
/// Where one data set lives: a SQLite file under the temp folder, or a PostgreSQL database of the same name on the server
/// the connection string points at. Either is kept for the next run (generating a million cases takes minutes) unless the
/// run asks for it afresh, and either is brought up to date by the application's own migrations when it starts.
/// </summary>
internal sealed class BenchmarkDatabase
{
    private readonly string? _path;
    private readonly string? _postgres;

    private BenchmarkDatabase(string name, string? path, string? postgres)
    {
        Name = name;
        _path = path;
        _postgres = postgres;
    }

    /// <summary>The file's path, or the database's name.</summary>
    public string Name { get; }

    public bool IsSqlite => _path is not null;

    public string Provider => IsSqlite ? BenchmarkOptions.Sqlite : BenchmarkOptions.PostgreSql;

    public string ConnectionString => _path is not null ? $"Data Source={_path}" : _postgres!;

    /// <param name="name">Lower case, digits and underscores: the SQLite file is named with hyphens instead.</param>
    public static BenchmarkDatabase For(BenchmarkOptions options, string name)
    {
        if (!options.IsPostgres) return new BenchmarkDatabase(name, Path.Combine(Path.GetTempPath(), $"{name.Replace('_', '-')}.db"), null);
        var builder = new NpgsqlConnectionStringBuilder(options.Connection) { Database = name };
        return new BenchmarkDatabase(name, null, builder.ConnectionString);
    }

    public DatabaseSettings Settings => DatabaseSettings.Create(Provider, ConnectionString, Path.GetTempPath());

    public async Task<bool> ExistsAsync()
    {
        if (_path is not null) return File.Exists(_path);
        await using var server = await ServerAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", server);
        command.Parameters.AddWithValue("name", Name);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    /// <summary>
    /// Whether the data set was generated to the end: a run stopped part way (before the counts, the statistics or the
    /// search index were made) leaves rows that would be timed without saying so. A file in the temp folder records the
    /// end; for PostgreSQL it names the server, so another server's database of the same name is not taken for it.
    /// </summary>
    public async Task<bool> IsCompleteAsync() => File.Exists(MarkerPath) && await ExistsAsync();

    public Task MarkCompleteAsync() => File.WriteAllTextAsync(MarkerPath, DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    private string MarkerPath
    {
        get
        {
            if (_path is not null) return _path + ".complete";
            var server = new NpgsqlConnectionStringBuilder(_postgres);
            return Path.Combine(Path.GetTempPath(), $"{Name}@{server.Host}_{server.Port}.complete");
        }
    }

    /// <summary>Removes what an earlier run left and makes an empty database (SQLite makes its file when first opened).</summary>
    public async Task CreateAfreshAsync()
    {
        await DropAsync();
        if (_path is not null) return;
        await using var server = await ServerAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", server);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Removes the data set, its completion marker and, for SQLite, the file's write-ahead log.</summary>
    public async Task DropAsync()
    {
        File.Delete(MarkerPath);
        if (_path is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" }) File.Delete(file);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var server = await ServerAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", server);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<IBulkWriter> OpenWriterAsync() =>
        _path is not null ? await SqliteBulkWriter.OpenAsync(_path) : await PostgresBulkWriter.OpenAsync(_postgres!);

    /// <summary>A connection of the provider's own ADO.NET kind, opened, for the hand-written statements.</summary>
    public async Task<DbConnection> OpenConnectionAsync()
    {
        DbConnection connection = _path is not null ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(_postgres);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// After a load beneath the application: SQLite folds its write-ahead log into the file; PostgreSQL vacuums, as
    /// autovacuum does once the load has settled, so its index-only scans need not visit the table to learn what is
    /// visible (the stages' reporting indexes are read that way), and analyses, so the planner knows what was loaded.
    /// </summary>
    public async Task SettleAsync()
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = _path is not null ? "PRAGMA wal_checkpoint(TRUNCATE);" : "VACUUM (ANALYZE)";
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<string> SizeAsync()
    {
        if (_path is not null) return $"{new FileInfo(_path).Length / 1048576.0:N0} MB file";
        await using var connection = new NpgsqlConnection(_postgres);
        await connection.OpenAsync();
        await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return $"{(long)(await size.ExecuteScalarAsync())! / 1048576.0:N0} MB database";
    }

    /// <summary>
    /// The size of what the search index adds: SQLite's FTS5 tables (their segments and document sizes; this SQLite has no
    /// dbstat to ask), PostgreSQL's search tables (with their indexes) and trigram indexes.
    /// </summary>
    public async Task<string> SearchIndexSizeAsync()
    {
        var sizes = new List<string>();
        await using var connection = await OpenConnectionAsync();
        if (_path is not null)
        {
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%' ORDER BY name";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
            }

            foreach (var table in tables)
            {
                await using var size = connection.CreateCommand();
                size.CommandText = $"SELECT (SELECT COALESCE(SUM(LENGTH(block)), 0) FROM \"{table}_data\") + (SELECT COALESCE(SUM(LENGTH(sz)), 0) FROM \"{table}_docsize\")";
                sizes.Add($"{table} {(long)(await size.ExecuteScalarAsync())! / 1048576.0:N0} MB");
            }
        }
        else
        {
            // A partitioned table's partitions are counted under its name.
            await using var list = connection.CreateCommand();
            list.CommandText = """
                SELECT coalesce(p.relname, c.relname), sum(pg_total_relation_size(c.oid))::bigint, count(p.oid)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_inherits i ON i.inhrelid = c.oid LEFT JOIN pg_class p ON p.oid = i.inhparent
                WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname ILIKE '%search%'
                GROUP BY 1 ORDER BY 1
                """;
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var partitions = reader.GetInt64(2);
                sizes.Add($"{reader.GetString(0)} {reader.GetInt64(1) / 1048576.0:N0} MB{(partitions > 0 ? $" in {partitions} partitions" : "")}");
            }
        }

        return sizes.Count == 0 ? "none yet" : string.Join(", ", sizes);
    }

    /// <summary>The server's own maintenance database, from which one of the benchmark's is dropped and made.</summary>
    private async Task<NpgsqlConnection> ServerAsync()
    {
        var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_postgres) { Database = "postgres", Pooling = false }.ConnectionString);
        await server.OpenAsync();
        return server;
    }
}
