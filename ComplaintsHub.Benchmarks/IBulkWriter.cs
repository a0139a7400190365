namespace ComplaintsHub.Benchmarks;

/// <summary>
/// Where generated rows go: the same rows, in the same order, into SQLite (prepared inserts) or PostgreSQL (binary COPY).
/// Values are typed (<see cref="DateOnly"/>, UTC <see cref="DateTime"/>, <see cref="Guid"/>, bool, numbers, strings) and each
/// writer stores them as the application's provider does. Rows of one table are written together; a table's rows may
/// refer only to tables written before it.
/// </summary>
internal interface IBulkWriter : IAsyncDisposable
{
    Task WriteAsync(string table, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows);

    /// <summary>Commits everything written.</summary>
    Task CompleteAsync();
}
