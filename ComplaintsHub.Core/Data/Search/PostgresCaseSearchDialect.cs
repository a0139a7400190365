using System.Globalization;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data.Search;

/// <summary>
/// PostgreSQL: the maintained "CaseSearch" table (<see cref="CaseSearchDocument"/>): a tsvector in the 'simple'
/// configuration (no stemming or stop words, so surnames stay as written and both providers find the same cases) under a
/// GIN index, and the contact text under a pg_trgm GIN index. Text is folded by unaccent and split at anything but letters
/// and digits before it is parsed, so words split as SQLite's unicode61 splits them ("idris.q@example.net" is four words).
/// </summary>
/// <param name="newestSpan">
/// How many case ids the first look for the newest matches covers, and each look at least: an eighth of a partition
/// (<see cref="PostgresSearchPartitions"/>), which a word in one case of ten already fills.
/// </param>
/// <param name="lookupBatch">How many of those matches are looked up by key at a time.</param>
internal sealed class PostgresCaseSearchDialect(int newestSpan = PostgresSearchPartitions.Size / 8, int lookupBatch = 2000) : CaseSearchDialect
{
    private const string Documents = """
        INSERT INTO "CaseSearch" ("ComplaintId", "ServiceAreaId", "Document", "Contact")
        SELECT c."Id", c."ServiceAreaId",
            setweight(to_tsvector('simple', regexp_replace(unaccent(concat_ws(' ', c."Reference", replace(c."Reference", '-', ''), c."ImportedReference",
                p."Title", p."FirstName", p."LastName", p."RepresentativeName")), '[^[:alnum:]]+', ' ', 'g')), 'A')
            || setweight(to_tsvector('simple', regexp_replace(unaccent(concat_ws(' ', p."AddressLine1", p."AddressLine2", p."Town", p."Postcode", replace(p."Postcode", ' ', ''),
                p."Phone", p."PhoneDigits", p."Email")), '[^[:alnum:]]+', ' ', 'g')), 'B')
            || setweight(to_tsvector('simple', regexp_replace(unaccent(concat_ws(' ', s."Name", g."Name", c."Description", c."DesiredOutcome")), '[^[:alnum:]]+', ' ', 'g')), 'C')
            || setweight(to_tsvector('simple', regexp_replace(unaccent(coalesce((SELECT string_agg(t."Summary", ' ') FROM "TimelineEvents" t
                WHERE t."ComplaintId" = c."Id" AND t."Type" IN ('NoteAdded', 'CallLogged')), '')), '[^[:alnum:]]+', ' ', 'g')), 'D'),
            lower(concat_ws(' ', p."PhoneDigits", p."Email", replace(p."Postcode", ' ', '')))
        FROM "Complaints" c
        LEFT JOIN "Complainants" p ON p."Id" = c."ComplainantId"
        LEFT JOIN "Subjects" s ON s."Id" = c."SubjectId"
        LEFT JOIN "Categories" g ON g."Id" = c."CategoryId"
        """;

    internal override async Task RefreshAsync(DbContext db, IReadOnlyCollection<int> caseIds, CancellationToken cancellationToken)
    {
        var ids = caseIds.ToArray();
        // An upsert rather than delete-and-insert: two saves refreshing one case at once then both succeed, the later last.
        await db.Database.ExecuteSqlRawAsync(Documents + """
             WHERE c."Id" = ANY({0})
            ON CONFLICT ("ComplaintId") DO UPDATE SET "ServiceAreaId" = excluded."ServiceAreaId", "Document" = excluded."Document", "Contact" = excluded."Contact"
            """, [ids], cancellationToken);
        // A deleted case's document goes with it (the foreign key cascades); nothing else removes one.
    }

    internal override async Task RebuildAsync(DbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "CaseSearch";""", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Documents, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""ANALYZE "CaseSearch";""", cancellationToken);
    }

#pragma warning disable EF1002 // Literals on purpose: see the comment below; Literal() quotes them.
    // The query text is written into the SQL as a literal, not a parameter: EF Core loses the parameters of raw SQL
    // composed into a subquery of the list's query. It is safe to: the terms hold only letters and digits, and quotes are
    // doubled (standard_conforming_strings, on since PostgreSQL 9.1, leaves backslashes as they are).
    public override IQueryable<int> Matching(DbContext db, SearchTerms terms) =>
        db.Database.SqlQueryRaw<int>($"""SELECT "ComplaintId" AS "Value" FROM "CaseSearch" WHERE "Document" @@ to_tsquery('simple', {Literal(terms.ToTsQuery())})""");

    /// <summary>
    /// The matches among the case ids from <paramref name="from"/> up to (not including) <paramref name="to"/>, written as
    /// numbers so that only their partitions are read; within <paramref name="scope"/> when given, which the GIN index
    /// holding each case's area beside its words reads directly (a team leader's surname: 37 ms for every match in four
    /// partitions, 5 ms for her areas'). Read on its own, never composed, so its parameters hold.
    /// </summary>
    private static IQueryable<int> MatchingBetween(DbContext db, SearchTerms terms, int from, int to, CaseSearchScope? scope) =>
        db.Database.SqlQueryRaw<int>($$"""
            SELECT "ComplaintId" AS "Value" FROM "CaseSearch"
            WHERE "ComplaintId" >= {{from.ToString(CultureInfo.InvariantCulture)}} AND "ComplaintId" < {{to.ToString(CultureInfo.InvariantCulture)}}
            AND "Document" @@ to_tsquery('simple', {{Literal(terms.ToTsQuery())}})
            {{(scope is null ? "" : """AND ("ServiceAreaId" = ANY({0}) OR "ComplaintId" = ANY({1}))""")}}
            """, scope is null ? [] : [scope.AreaIds.ToArray(), scope.OwnCaseIds.ToArray()]);

    // Weights as the document's: reference and names (A) count most, then address and contact (B), the case's text (C), notes (D).
    // Read for the known matches by their key, rather than by matching again: a match on short prefixes cost as much as the first.
    public override IQueryable<CaseSearchHit> Ranked(DbContext db, SearchTerms terms, IReadOnlyCollection<int> matched) =>
        db.Database.SqlQueryRaw<CaseSearchHit>($$"""
            SELECT "ComplaintId", ts_rank("Document", to_tsquery('simple', {{Literal(terms.ToTsQuery())}}))::float8 AS "Rank"
            FROM "CaseSearch" WHERE "ComplaintId" = ANY({0})
            """, matched.ToArray());

    public override IQueryable<int> ContactContaining(DbContext db, string fragment) =>
        db.Database.SqlQueryRaw<int>($"""SELECT "ComplaintId" AS "Value" FROM "CaseSearch" WHERE "Contact" LIKE {Literal("%" + EscapeLike(fragment) + "%")}""");

#pragma warning restore EF1002

    internal override Task KeepStorageAsync(DbContext db, CancellationToken cancellationToken) => PostgresSearchPartitions.KeepAsync(db, cancellationToken);

    // Too many matches to rank (a common word). Given the list's query joined to every match, the planner read them all:
    // GIN cannot hand out ids in order (28 ms for the 9,600 cases "hugh" finds, 80 ms for "smith" as a team leader). So
    // the matches among the newest ids are read first, from their partitions' own indexes (within the person's areas when
    // they see only some), and looked up by key with the visibility and filters applied; then as many older ids as the
    // matches found so far say will hold the rest, until the page and the count's limit are found ("hugh" in the newest
    // 100,000 cases: 6 ms). Joined instead, a look's matches were walked against the cases' key in order (120 ms), the
    // planner costing each key lookup as if it read every partition.
    public override async Task<List<int>> NewestMatchingIdsAsync(DbContext db, IQueryable<Complaint> cases, SearchTerms terms, string? contactFragment,
        int limit, bool fewCasesPass, Func<CancellationToken, Task<CaseSearchScope?>> scope, CancellationToken cancellationToken)
    {
        if (contactFragment is not null || terms.IsEmpty)
            return await base.NewestMatchingIdsAsync(db, cases, terms, contactFragment, limit, fewCasesPass, scope, cancellationToken);
        if (fewCasesPass) return await NewestAmongAsync(db, cases, terms, limit, cancellationToken);

        var top = await db.Set<Complaint>().MaxAsync(c => (int?)c.Id, cancellationToken) ?? 0;
        var within = await scope(cancellationToken);
        var found = new List<int>();
        var looked = 0;
        // A look inside a partition reads the matches of its range of ids only (the planner ands the word's bitmap with the
        // key's): "king" finds 10,000 cases in the newest partition, 1,500 in its newest 15,000 ids (11 ms against 30).
        var to = top + 1;
        var span = newestSpan;
        while (to > 0 && found.Count < limit)
        {
            var (from, below) = (Math.Max(0, to - span), to);
            var matches = await MatchingBetween(db, terms, from, below, within).ToListAsync(cancellationToken);
            matches.Sort((a, b) => b.CompareTo(a));
            // Looked up a batch at a time, newest first, so a common word's cases are not all read for the page's few; once
            // some have been, the next batch is as many as the share that passed says will make up the rest.
            for (var i = 0; i < matches.Count && found.Count < limit;)
            {
                var size = looked == 0 || found.Count == 0 ? lookupBatch
                    : (int)Math.Clamp(Math.Ceiling((limit - found.Count) * (double)looked / found.Count * 1.2), 1, lookupBatch);
                var batch = matches.GetRange(i, Math.Min(size, matches.Count - i));
                var passing = await cases.Where(c => EF.Parameter(batch).Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
                passing.Sort((a, b) => b.CompareTo(a));
                found.AddRange(passing.Take(limit - found.Count));
                (i, looked) = (i + batch.Count, looked + batch.Count);
            }

            to = from;
            // As many ids again as the matches so far say hold the rest; four times as many when none matched.
            var covered = (long)top - to + 1;
            var wanted = found.Count == 0 ? 4L * span : (long)Math.Ceiling((limit - found.Count) * (double)covered / found.Count * 1.1);
            span = (int)Math.Clamp(wanted, newestSpan, int.MaxValue / 2);
        }

        return found;
    }

#pragma warning disable EF1002 // As above: the terms are a quoted literal; the cases' ids and the limit are a parameter and a number.
    // When the filters keep few cases (open ones only), those cases lead, newest first, each checked against its own
    // document by key: given the join, the planner read every match of "mould" into a hash table instead (180 ms), costing
    // a key lookup into the partitioned table as thirteen.
    private static async Task<List<int>> NewestAmongAsync(DbContext db, IQueryable<Complaint> cases, SearchTerms terms, int limit, CancellationToken cancellationToken)
    {
        var candidates = await cases.OrderByDescending(c => c.Id).Select(c => c.Id).ToArrayAsync(cancellationToken);
        if (candidates.Length == 0) return [];
        return await db.Database.SqlQueryRaw<int>($$"""
            SELECT v."Id" AS "Value" FROM unnest({0}::integer[]) WITH ORDINALITY AS v("Id", "At")
            WHERE EXISTS (SELECT 1 FROM "CaseSearch" s WHERE s."ComplaintId" = v."Id" AND s."Document" @@ to_tsquery('simple', {{Literal(terms.ToTsQuery())}}))
            ORDER BY v."At" LIMIT {{limit.ToString(CultureInfo.InvariantCulture)}}
            """, [candidates]).ToListAsync(cancellationToken);
    }
#pragma warning restore EF1002

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string EscapeLike(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
