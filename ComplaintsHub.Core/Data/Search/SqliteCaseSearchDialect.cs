using System.Globalization;
using System.Text.Json;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data.Search;

/// <summary>
/// SQLite: two contentless FTS5 tables keyed by the case's id (made by the CaseSearch migration). "CaseSearch" holds the
/// words (unicode61, accents folded) in weighted columns; "CaseContactSearch" the phone digits, email and compact postcode
/// under the trigram tokenizer, so that any part of them of three or more characters is found. Contentless, because the
/// document spans three tables and storing it again would double the database; "contentless_delete" lets a document be
/// replaced without knowing its old text.
/// </summary>
/// <param name="newestBatch">How many matches are looked up at a time when the matches lead.</param>
/// <param name="newestBudget">How many matches are looked up at most before the filters lead instead.</param>
internal sealed class SqliteCaseSearchDialect(int newestBatch = 2000, int newestBudget = 20000) : CaseSearchDialect
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
        await PurgeReplacedAsync(db, cancellationToken);
    }

    internal override Task PurgeReplacedAsync(DbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("""INSERT INTO "CaseSearch" ("CaseSearch") VALUES ('optimize'); INSERT INTO "CaseContactSearch" ("CaseContactSearch") VALUES ('optimize');""", cancellationToken);

#pragma warning disable EF1002 // Literals on purpose: see the comment below; Literal() quotes them.
    // The match text is written into the SQL as a literal, not a parameter: EF Core loses the parameters of raw SQL
    // composed into a subquery of the list's query. It is safe to: the terms hold only letters and digits, and quotes are doubled.
    public override IQueryable<int> Matching(DbContext db, SearchTerms terms) =>
        db.Database.SqlQueryRaw<int>($"""SELECT rowid AS "Value" FROM "CaseSearch" WHERE "CaseSearch" MATCH {Literal(terms.ToFts5Query())}""");

    // Column weights: reference and names count most, then address and contact details, then the case's text, then notes.
    // bm25 is only known inside a match, so the match is run again; its cost is that of the few cases it finds.
    public override IQueryable<CaseSearchHit> Ranked(DbContext db, SearchTerms terms, IReadOnlyCollection<int> matched) =>
        db.Database.SqlQueryRaw<CaseSearchHit>($"""
            SELECT rowid AS "ComplaintId", -bm25("CaseSearch", 10.0, 6.0, 3.0, 3.0, 1.0, 0.7) AS "Rank"
            FROM "CaseSearch" WHERE "CaseSearch" MATCH {Literal(terms.ToFts5Query())}
            """);

    /// <summary>The next <paramref name="take"/> matches below an id, highest first: FTS5 reads its ids in either order.</summary>
    private static IQueryable<int> MatchingBelow(DbContext db, SearchTerms terms, int? below, int take) =>
        db.Database.SqlQueryRaw<int>($"""
            SELECT rowid AS "Value" FROM "CaseSearch" WHERE "CaseSearch" MATCH {Literal(terms.ToFts5Query())}
            {(below is { } id ? "AND rowid < " + id.ToString(CultureInfo.InvariantCulture) : "")} ORDER BY rowid DESC LIMIT {take}
            """);

    public override IQueryable<int> ContactContaining(DbContext db, string fragment) =>
        db.Database.SqlQueryRaw<int>($"""SELECT rowid AS "Value" FROM "CaseContactSearch" WHERE "CaseContactSearch" MATCH {Literal("\"" + fragment.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")}""");

#pragma warning restore EF1002

    // SQLite's planner takes an FTS5 match for a few rows whatever it holds, so given the case's key it reads every match
    // and looks each case up (110 ms for "mould" at a million cases). "+ 0" hides the key: the filters' own index leads,
    // and the matches are read once into a set each case is checked against (17 ms).
    public override IQueryable<Complaint> WhereMatching(IQueryable<Complaint> cases, IQueryable<int> matching) =>
        cases.Where(c => matching.Contains(c.Id + 0));

    // That reads every match once, 15 ms for "mould" and more for commoner words; and when the filters keep much (a team
    // leader's areas) but the word is rarer (a surname, 0.9% of people), it checked 400,000 cases to find a thousand
    // (90 ms). So unless the filters keep only open cases, the matches lead, newest first, a batch at a time, each batch's
    // cases looked up by key with the filters applied, until the page and the count's limit are found (6 ms); a search
    // that finds too few within the budget falls back to the filters leading.
    public override async Task<List<int>> NewestMatchingIdsAsync(DbContext db, IQueryable<Complaint> cases, SearchTerms terms, string? contactFragment,
        int limit, bool fewCasesPass, Func<CancellationToken, Task<CaseSearchScope?>> scope, CancellationToken cancellationToken)
    {
        if (!fewCasesPass && contactFragment is null && !terms.IsEmpty)
        {
            var found = new List<int>();
            int? below = null;
            for (var examined = 0; examined < newestBudget; examined += newestBatch)
            {
                var batch = await MatchingBelow(db, terms, below, newestBatch).ToListAsync(cancellationToken);
                if (batch.Count == 0) return found;
                batch.Sort((a, b) => b.CompareTo(a));
                var passing = await cases.Where(c => EF.Parameter(batch).Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
                passing.Sort((a, b) => b.CompareTo(a));
                found.AddRange(passing);
                if (found.Count >= limit) return found.Take(limit).ToList();
                if (batch.Count < newestBatch) return found;
                below = batch[^1];
            }
        }

        return await base.NewestMatchingIdsAsync(db, cases, terms, contactFragment, limit, fewCasesPass, scope, cancellationToken);
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
