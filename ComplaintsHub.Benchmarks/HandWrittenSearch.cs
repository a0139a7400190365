using System.Globalization;

namespace ComplaintsHub.Benchmarks;

/// <summary>
/// Lower bounds for the search benchmark: plain SQL through the ADO.NET connection (no ORM), the same text on SQLite
/// and PostgreSQL, returning the first page of case ids in the list's default order (next due date, nulls last, then
/// received, then id), written as well as today's schema allows. Only what today's indexes can answer is written:
/// words in free text need the search index, and a lower bound that scans would flatter nothing.
/// </summary>
internal sealed class HandWrittenSearch(BenchmarkDatabase database)
{
    public const string Open = "c.\"Status\" <> 'Closed' AND c.\"Status\" <> 'Withdrawn'";
    public const string PageOrder = "ORDER BY (c.\"NextDueDate\" IS NULL), c.\"NextDueDate\", c.\"ReceivedAt\", c.\"Id\" LIMIT 25";

    /// <summary>One statement and its parameters; values are typed and stored as each provider stores them.</summary>
    public sealed record Query(string Sql, IReadOnlyDictionary<string, object> Parameters);

    public static Query Of(string sql, params (string Name, object Value)[] parameters) => new(sql, parameters.ToDictionary(p => p.Name, p => p.Value));

    /// <summary>"Hugh" → ["Hugh", "Hugi"): the index range that holds every value starting with the prefix.</summary>
    public static (string From, string To) PrefixRange(string prefix) => (prefix, prefix[..^1] + (char)(prefix[^1] + 1));

    public async Task<List<int>> IdsAsync(Query query)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = query.Sql;
        foreach (var (name, value) in query.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = database.IsSqlite ? Stored(value) : value;
            command.Parameters.Add(parameter);
        }

        var ids = new List<int>(25);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt32(0));
        return ids;
    }

    private static object Stored(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Guid guid => guid.ToString().ToUpperInvariant(),
        _ => value,
    };
}
