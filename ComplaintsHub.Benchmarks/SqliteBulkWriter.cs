using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ComplaintsHub.Benchmarks;

/// <summary>
/// Prepared inserts in one transaction, with values in the text forms EF Core's SQLite provider stores (dates as
/// yyyy-MM-dd, times as yyyy-MM-dd HH:mm:ss in UTC, GUIDs in upper case), so the application reads the rows as its own.
/// </summary>
internal sealed class SqliteBulkWriter : IBulkWriter
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, SqliteCommand> _commands = [];

    private SqliteBulkWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<SqliteBulkWriter> OpenAsync(string path)
    {
        var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous = OFF;";
            await pragma.ExecuteNonQueryAsync();
        }

        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        // Keys are checked at commit, so the order rows are generated in does not matter to the database.
        await using (var defer = connection.CreateCommand())
        {
            defer.Transaction = transaction;
            defer.CommandText = "PRAGMA defer_foreign_keys = ON;";
            await defer.ExecuteNonQueryAsync();
        }

        return new SqliteBulkWriter(connection, transaction);
    }

    public async Task WriteAsync(string table, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        var key = $"{table}({string.Join(",", columns)})";
        if (!_commands.TryGetValue(key, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < columns.Count; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            command.Prepare();
            _commands[key] = command;
        }

        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++) command.Parameters[i].Value = Stored(row[i]);
            await command.ExecuteNonQueryAsync();
        }
    }

    public Task CompleteAsync() => _transaction.CommitAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static object Stored(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        Guid guid => guid.ToString().ToUpperInvariant(),
        bool flag => flag ? 1L : 0L,
        _ => value,
    };
}
