using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data.Search;

/// <summary>
/// PostgreSQL's "CaseSearch" table is partitioned by the case's id, <see cref="Size"/> ids to a partition
/// ("CaseSearch_0" holds ids 0 to 99,999, "CaseSearch_1" the next), with "CaseSearch_Newer" (the default partition) for
/// ids past the last. Each partition has its own GIN indexes, so the newest cases a common word finds are read from the
/// newest partitions alone: GIN cannot hand out ids in order, and reading every match of "smith" at a million cases cost
/// 30 to 80 ms (docs/decisions/0017).
/// </summary>
internal static class PostgresSearchPartitions
{
    public const int Size = 100_000;

    public const string Newer = "CaseSearch_Newer";

    // Any number, the same in every instance: two instances starting at once make each partition once.
    private const long LockKey = 7_410_018_001;

    /// <summary>
    /// Makes the partitions for every range of ids that holds cases and for the one after the newest, so a day's new cases
    /// never wait in <see cref="Newer"/>; cases that did (an import, or ids that raced ahead) are moved into their
    /// partition, which is then attached. Run at every start, before a rebuild of the index, and every night, each time in
    /// a short transaction of its own.
    /// </summary>
#pragma warning disable EF1002 // Only names and numbers made here are written into the SQL.
    public static async Task KeepAsync(DbContext db, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await KeepInTransactionAsync(db, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    private static async Task KeepInTransactionAsync(DbContext db, CancellationToken cancellationToken)
    {
        // Read committed: each statement after the lock sees the partitions another instance made before it.
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        var top = await db.Database.SqlQueryRaw<int>("""SELECT coalesce(max("Id"), 0) AS "Value" FROM "Complaints" """).SingleAsync(cancellationToken);
        // Only the ranges that hold cases, the newest's (the first, before any case) and the one after it: ids that jump (an
        // import keeping its own numbers) make no empty partitions between.
        // A loose walk of the key, one index lookup a range, where DISTINCT read every id (0.7 s at a million cases).
        var wanted = (await db.Database.SqlQueryRaw<int>($"""
                WITH RECURSIVE ranges("K") AS (
                    SELECT min("Id") / {Size} FROM "Complaints"
                    UNION ALL
                    SELECT (SELECT min(c."Id") FROM "Complaints" c WHERE c."Id" >= (r."K" + 1)::bigint * {Size}) / {Size} FROM ranges r WHERE r."K" IS NOT NULL)
                SELECT "K" AS "Value" FROM ranges WHERE "K" IS NOT NULL
                """).ToListAsync(cancellationToken))
            .Append(top / Size).Append(top / Size + 1).Where(k => (long)k * Size <= int.MaxValue).ToHashSet();
        var existing = (await db.Database.SqlQueryRaw<string>("""
            SELECT c.relname AS "Value" FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = '"CaseSearch"'::regclass
            """).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var k in wanted.Order())
        {
            var name = NameOf(k);
            if (existing.Contains(name)) continue;
            // The last range an integer id can reach ends at MAXVALUE rather than past the integer's range.
            var upper = (long)(k + 1) * Size;
            var from = Number((long)k * Size);
            var (to, below) = upper > int.MaxValue ? ("MAXVALUE", "") : (Number(upper), $"""AND "ComplaintId" < {Number(upper)}""");
            // The default partition is locked against new rows first, so none arrive in the range between the move and the
            // attach, which checks that the default partition holds none.
            await db.Database.ExecuteSqlRawAsync($"""
                LOCK TABLE "{Newer}" IN SHARE ROW EXCLUSIVE MODE;
                CREATE TABLE "{name}" (LIKE "CaseSearch");
                INSERT INTO "{name}" SELECT * FROM "{Newer}" WHERE "ComplaintId" >= {from} {below};
                DELETE FROM "{Newer}" WHERE "ComplaintId" >= {from} {below};
                ALTER TABLE "CaseSearch" ATTACH PARTITION "{name}" FOR VALUES FROM ({from}) TO ({to});
                """, cancellationToken);
        }
    }

#pragma warning restore EF1002

    public static string NameOf(int k) => "CaseSearch_" + k.ToString(CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
