using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data.Search;

/// <summary>
/// PostgreSQL: the maintained "CaseSearch" table (<see cref="CaseSearchDocument"/>): a tsvector in the 'simple'
/// configuration (no stemming or stop words, so surnames stay as written and both providers find the same cases) under a
/// GIN index, and the contact text under a pg_trgm GIN index. Text is folded by unaccent and split at anything but letters
/// and digits before it is parsed, so words split as SQLite's unicode61 splits them ("idris.q@example.net" is four words).
/// </summary>
internal sealed class PostgresCaseSearchDialect : CaseSearchDialect
{
    private const string Documents = """
        INSERT INTO "CaseSearch" ("ComplaintId", "Document", "Contact")
        SELECT c."Id",
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
            ON CONFLICT ("ComplaintId") DO UPDATE SET "Document" = excluded."Document", "Contact" = excluded."Contact"
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

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string EscapeLike(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
