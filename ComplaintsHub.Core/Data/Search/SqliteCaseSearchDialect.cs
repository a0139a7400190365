using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data.Search;

/// <summary>
/// SQLite: two contentless FTS5 tables keyed by the case's id (made by the CaseSearch migration). "CaseSearch" holds the
/// words (unicode61, accents folded) in weighted columns; "CaseContactSearch" the phone digits, email and compact postcode
/// under the trigram tokenizer, so that any part of them of three or more characters is found. Contentless, because the
/// document spans three tables and storing it again would double the database; "contentless_delete" lets a document be
/// replaced without knowing its old text.
/// </summary>
internal sealed class SqliteCaseSearchDialect : CaseSearchDialect
{
    private const string Documents = """
        INSERT INTO "CaseSearch" (rowid, ref, names, address, contact, body, notes)
        SELECT c."Id",
            concat_ws(' ', c."Reference", replace(c."Reference", '-', ''), c."ImportedReference"),
            concat_ws(' ', p."Title", p."FirstName", p."LastName", p."RepresentativeName"),
            concat_ws(' ', p."AddressLine1", p."AddressLine2", p."Town", p."Postcode", replace(p."Postcode", ' ', '')),
            concat_ws(' ', p."Phone", p."PhoneDigits", p."Email"),
            concat_ws(' ', s."Name", g."Name", c."Description", c."DesiredOutcome"),
            (SELECT group_concat(t."Summary", ' ') FROM "TimelineEvents" t WHERE t."ComplaintId" = c."Id" AND t."Type" IN ('NoteAdded', 'CallLogged'))
        FROM "Complaints" c
        LEFT JOIN "Complainants" p ON p."Id" = c."ComplainantId"
        LEFT JOIN "Subjects" s ON s."Id" = c."SubjectId"
        LEFT JOIN "Categories" g ON g."Id" = c."CategoryId"
        """;

    private const string Contacts = """
        INSERT INTO "CaseContactSearch" (rowid, contact)
        SELECT c."Id", lower(concat_ws(' ', p."PhoneDigits", p."Email", replace(p."Postcode", ' ', '')))
        FROM "Complaints" c
        JOIN "Complainants" p ON p."Id" = c."ComplainantId"
        """;

    private const string Chosen = """ WHERE c."Id" IN (SELECT value FROM json_each({0}))""";

    internal override async Task RefreshAsync(DbContext db, IReadOnlyCollection<int> caseIds, CancellationToken cancellationToken)
    {
        var ids = JsonSerializer.Serialize(caseIds);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "CaseSearch" WHERE rowid IN (SELECT value FROM json_each({0}))""", [ids], cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "CaseContactSearch" WHERE rowid IN (SELECT value FROM json_each({0}))""", [ids], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Documents + Chosen, [ids], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Contacts + Chosen, [ids], cancellationToken);
    }

    internal override async Task RebuildAsync(DbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "CaseSearch"; DELETE FROM "CaseContactSearch";""", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Documents, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Contacts, cancellationToken);
        // Merges the segments into one, dropping what deleted documents left behind, so a rebuilt index is as small and fast as it gets.
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "CaseSearch" ("CaseSearch") VALUES ('optimize'); INSERT INTO "CaseContactSearch" ("CaseContactSearch") VALUES ('optimize');""", cancellationToken);
    }

#pragma warning disable EF1002 // Literals on purpose: see the comment below; Literal() quotes them.
    // The match text is written into the SQL as a literal, not a parameter: EF Core loses the parameters of raw SQL
    // composed into a subquery of the list's query. It is safe to: the terms hold only letters and digits, and quotes are doubled.
    public override IQueryable<int> Matching(DbContext db, SearchTerms terms) =>
        db.Database.SqlQueryRaw<int>($"""SELECT rowid AS "Value" FROM "CaseSearch" WHERE "CaseSearch" MATCH {Literal(terms.ToFts5Query())}""");

    // Column weights: reference and names count most, then address and contact details, then the case's text, then notes.
    public override IQueryable<CaseSearchHit> Ranked(DbContext db, SearchTerms terms) =>
        db.Database.SqlQueryRaw<CaseSearchHit>($"""
            SELECT rowid AS "ComplaintId", -bm25("CaseSearch", 10.0, 6.0, 3.0, 3.0, 1.0, 0.7) AS "Rank"
            FROM "CaseSearch" WHERE "CaseSearch" MATCH {Literal(terms.ToFts5Query())}
            """);

    public override IQueryable<int> ContactContaining(DbContext db, string fragment) =>
        db.Database.SqlQueryRaw<int>($"""SELECT rowid AS "Value" FROM "CaseContactSearch" WHERE "CaseContactSearch" MATCH {Literal("\"" + fragment.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")}""");

#pragma warning restore EF1002

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
