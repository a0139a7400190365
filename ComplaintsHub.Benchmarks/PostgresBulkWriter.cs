using Npgsql;
using NpgsqlTypes;

namespace ComplaintsHub.Benchmarks;

/// <summary>
/// Binary COPY (<see cref="NpgsqlBinaryImporter"/>) in one transaction: a million rows in seconds rather than the
/// minutes row-by-row inserts take. Rows carry their own ids where the application's would, so the identity sequences
/// are moved past them at the end, as they would be had the rows been inserted one by one.
/// </summary>
internal sealed class PostgresBulkWriter : IBulkWriter
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly HashSet<string> _tables = [];

    private PostgresBulkWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<PostgresBulkWriter> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return new PostgresBulkWriter(connection, await connection.BeginTransactionAsync());
    }

    public async Task WriteAsync(string table, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        _tables.Add(table);
        await using var importer = await _connection.BeginBinaryImportAsync(
            $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            foreach (var value in row)
            {
                switch (value)
                {
                    case null: await importer.WriteNullAsync(); break;
                    case string text: await importer.WriteAsync(text, NpgsqlDbType.Text); break;
                    case int number: await importer.WriteAsync(number, NpgsqlDbType.Integer); break;
                    case long number: await importer.WriteAsync(number, NpgsqlDbType.Bigint); break;
                    case bool flag: await importer.WriteAsync(flag, NpgsqlDbType.Boolean); break;
                    case Guid guid: await importer.WriteAsync(guid, NpgsqlDbType.Uuid); break;
                    case DateOnly date: await importer.WriteAsync(date, NpgsqlDbType.Date); break;
                    case DateTime time: await importer.WriteAsync(DateTime.SpecifyKind(time, DateTimeKind.Utc), NpgsqlDbType.TimestampTz); break;
                    default: throw new InvalidOperationException($"No PostgreSQL type for a {value.GetType().Name} in {table}.");
                }
            }
        }

        await importer.CompleteAsync();
    }

    public async Task CompleteAsync()
    {
        foreach (var table in _tables)
        {
            // Only tables with an identity "Id" have a sequence; the rest (none today) are left alone.
            await using var sequence = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT MAX(\"Id\") FROM \"{table}\")) WHERE pg_get_serial_sequence('\"{table}\"', 'Id') IS NOT NULL AND EXISTS (SELECT 1 FROM \"{table}\")",
                _connection, _transaction);
            await sequence.ExecuteNonQueryAsync();
        }

        await _transaction.CommitAsync();
        // Fresh statistics, or the planner guesses at a million rows as if the tables were empty.
        await using var analyse = new NpgsqlCommand("ANALYZE", _connection);
        analyse.CommandTimeout = 0;
        await analyse.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
