using System.Text.RegularExpressions;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Data.Search;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

/// <summary>
/// The case list's one search box: finds cases by reference (whole or its number), the complainant's names, address,
/// postcode, phone (any format, or part of it), email (whole or its start), and words in the description, desired outcome,
/// notes and call summaries, through the search index (<see cref="CaseSearchIndex"/>). It only narrows a query that already
/// holds the person's visibility and filters, so a search can never show a case the person may not see.
/// </summary>
internal sealed partial class CaseTextSearch
{
    /// <summary>
    /// Ranking by relevance reads every match's statistics, so it is done only when this many cases match at most; a search
    /// matching more (a common word) lists its cases newest first, which the database can stop early.
    /// </summary>
    public const int MaxRanked = 1000;

    /// <summary>Longer than any field searched (an email address, 254) matches nothing.</summary>
    public const int MaxLength = 254;

    private readonly ComplaintsDbContext _db;
    private readonly CaseSearchDialect _dialect;
    private readonly string _compactReference;
    private readonly string _typed;

    private CaseTextSearch(ComplaintsDbContext db, string typed)
    {
        _db = db;
        _dialect = CaseSearchIndex.DialectOf(db);
        _typed = typed;
        _compactReference = NotLetterOrDigit().Replace(typed.ToUpperInvariant(), "");
        ContactFragment = ContactFragmentOf(typed);
        // An email address, or a phone number written with its country code, is found among the contact details only
        // (whole or in part, the exact one first): read as words too, its short parts ("44", "gm") were the start of
        // thousands of words, which cost PostgreSQL 18 ms to match and as much again to rank. A whole postcode is still
        // looked for in the text too ("fly-tipping at AB1 9LX"), but as whole words, for the same reason ("ab1").
        var upper = typed.ToUpperInvariant();
        Terms = ContactFragment is null ? SearchTerms.Parse(typed)
            : (typed.Contains('@') && !typed.Any(char.IsWhiteSpace)) || InternationalPhone().IsMatch(typed) ? SearchTerms.Parse(null)
            : WholePostcode().IsMatch(upper) ? SearchTerms.Parse(typed, wholeWords: true)
            : SearchTerms.Parse(typed);
    }

    public SearchTerms Terms { get; }

    /// <summary>What is looked for inside phone digits, emails and compact postcodes; null when the box holds none of those.</summary>
    public string? ContactFragment { get; }

    /// <summary>
    /// Each matching case's relevance, when few enough cases match to rank them all (<see cref="MaxRanked"/> by words and
    /// as many by contact details); null otherwise. Read once from the index and ordered in memory: joined to the list's
    /// query instead, SQLite evaluated the whole match again for every case (two seconds for "Margaret Hughes").
    /// </summary>
    public IReadOnlyDictionary<int, double>? Ranks { get; private set; }

    /// <summary>
    /// Every matching case's id when <see cref="Ranks"/> is known: the list then reads those cases by their key, which no
    /// visibility or filter index can beat (a team leader's surname search walked her two areas' cases instead: 415 ms).
    /// </summary>
    private List<int>? _candidates;

    private bool FindsNothing => _typed.Length > MaxLength || (Terms.IsEmpty && ContactFragment is null);

    public static async Task<CaseTextSearch> PrepareAsync(ComplaintsDbContext db, string typed, int maxRanked, CancellationToken cancellationToken)
    {
        var search = new CaseTextSearch(db, typed.Trim());
        if (search.FindsNothing) return search;
        // The matches' ids first, stopped one past the most that are ranked: bm25 and ts_rank read statistics of every
        // match, 10 ms for "mould" before a single row, so relevance is read only once the matches are known to be few.
        var words = search.Terms.IsEmpty
            ? []
            : await search._dialect.Matching(db, search.Terms).Take(maxRanked + 1).ToListAsync(cancellationToken);
        var contacts = search.ContactFragment is not { } fragment
            ? []
            : await search._dialect.ContactContaining(db, fragment).Take(maxRanked + 1).ToListAsync(cancellationToken);
        if (words.Count <= maxRanked && contacts.Count <= maxRanked)
        {
            search.Ranks = words.Count == 0
                ? new Dictionary<int, double>()
                : await search._dialect.Ranked(db, search.Terms, words).ToDictionaryAsync(h => h.ComplaintId, h => h.Rank, cancellationToken);
            search._candidates = words.Union(contacts).ToList();
        }

        return search;
    }

    /// <summary>The cases among <paramref name="cases"/> that the search finds.</summary>
    public IQueryable<Complaint> Apply(IQueryable<Complaint> cases)
    {
        if (FindsNothing) return cases.Where(c => false);
        if (_candidates is { } ids) return cases.Where(c => EF.Parameter(ids).Contains(c.Id));
        return _dialect.WhereMatching(cases, _dialect.MatchingAny(_db, Terms, ContactFragment));
    }

    /// <summary>
    /// The ids of the first <paramref name="limit"/> found cases among <paramref name="cases"/> when too many match to rank
    /// (a common word), the most recently logged first: by the case's id, which the index holds in order, so the database
    /// can stop once it has them. Ordered by the received time instead it sorted every match (130 ms for "mould" at a
    /// million cases, against 15 ms). <paramref name="fewCasesPass"/>: the filters keep only open cases; <paramref name="visibility"/>:
    /// the person's, whose areas the index may read alone.
    /// </summary>
    public async Task<List<int>> NewestIdsAsync(IQueryable<Complaint> cases, int limit, bool fewCasesPass, CaseVisibility visibility, CancellationToken cancellationToken) =>
        FindsNothing ? [] : await _dialect.NewestMatchingIdsAsync(_db, cases, Terms, ContactFragment, limit, fewCasesPass,
            ct => visibility.SearchScopeAsync(_db, ct), cancellationToken);

    /// <summary>
    /// The ids of the found cases among <paramref name="cases"/> (few enough to rank), in the list's order: the exact
    /// reference first, then the exact phone, email or postcode, then the most relevant, then the newest.
    /// </summary>
    public async Task<List<int>> RankedIdsAsync(IQueryable<Complaint> cases, CancellationToken cancellationToken)
    {
        var compact = _compactReference;
        var imported = _typed.ToUpperInvariant();
        // A phone, email or postcode found inside a longer one ("E1 6AN" in "SE1 6AN") comes after the one typed exactly.
        var contact = ContactFragment ?? "";
        var keys = await Apply(cases)
            .Select(c => new
            {
                c.Id, c.ReceivedAt,
                Exact = c.Reference.Replace("-", "") == compact || (c.ImportedReference != null && c.ImportedReference.ToUpper() == imported),
                ExactContact = c.Complainant != null && contact != ""
                    && (c.Complainant.PhoneDigits == contact || c.Complainant.Email!.ToLower() == contact || c.Complainant.Postcode!.Replace(" ", "").ToLower() == contact),
            })
            .ToListAsync(cancellationToken);
        return keys.OrderByDescending(c => c.Exact)
            .ThenByDescending(c => c.ExactContact)
            .ThenByDescending(c => Ranks!.GetValueOrDefault(c.Id))
            .ThenByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Select(c => c.Id)
            .ToList();
    }

    /// <summary>For each listed case, the field that best shows why the search found it, with the matched words marked.</summary>
    public async Task<Dictionary<int, CaseMatch>> MatchesAsync(IReadOnlyCollection<int> caseIds, CancellationToken cancellationToken)
    {
        if (FindsNothing || caseIds.Count == 0) return new();
        var cases = await _db.Complaints.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new
            {
                c.Id, c.Reference, c.ImportedReference, c.Description, c.DesiredOutcome,
                Subject = c.Subject == null ? null : c.Subject.Name, Category = c.Category == null ? null : c.Category.Name,
                Person = c.Complainant == null ? null : new
                {
                    c.Complainant.Title, c.Complainant.FirstName, c.Complainant.LastName, c.Complainant.RepresentativeName,
                    c.Complainant.AddressLine1, c.Complainant.AddressLine2, c.Complainant.Town, c.Complainant.Postcode,
                    c.Complainant.Phone, c.Complainant.PhoneDigits, c.Complainant.Email,
                },
            })
            .ToListAsync(cancellationToken);
        // The kind of event is picked here, not in SQL: given both conditions, SQLite chose the index on the kind and read
        // every note and call of a million cases (300 ms) instead of the listed cases' few events through their own index.
        var notes = (await _db.TimelineEvents.AsNoTracking()
                .Where(t => t.ComplaintId != null && caseIds.Contains(t.ComplaintId.Value))
                .Select(t => new { CaseId = t.ComplaintId!.Value, t.Type, t.Summary, t.OccurredAt, t.Id })
                .ToListAsync(cancellationToken))
            .Where(t => t.Type is TimelineEventType.NoteAdded or TimelineEventType.CallLogged)
            .OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id)
            .ToLookup(t => t.CaseId);

        var matches = new Dictionary<int, CaseMatch>();
        foreach (var c in cases)
        {
            var p = c.Person;
            var fields = new List<(string Field, string? Text)>
            {
                ("Reference", Join(c.Reference, c.ImportedReference)),
                ("Name", Join(p?.Title, p?.FirstName, p?.LastName)),
                ("Representative", p?.RepresentativeName),
                ("Address", Join(p?.AddressLine1, p?.AddressLine2, p?.Town, p?.Postcode)),
                ("Phone", p?.Phone),
                ("Email", p?.Email),
                ("Description", c.Description),
                ("Desired outcome", c.DesiredOutcome),
            };
            fields.AddRange(notes[c.Id].Select(n => (n.Type == TimelineEventType.CallLogged ? "Call" : "Note", (string?)n.Summary)));
            fields.Add(("Subject", Join(c.Subject, c.Category)));

            var found = fields.Where(f => !string.IsNullOrEmpty(f.Text))
                .Select(f => (f.Field, Runs: SearchHighlighter.Runs(f.Text!, Terms)))
                .FirstOrDefault(f => SearchHighlighter.HasMatch(f.Runs));
            if (found.Runs is not null)
            {
                matches[c.Id] = new CaseMatch(found.Field, SearchHighlighter.Snippet(found.Runs));
            }
            else if (ContactFragment is { } fragment && p is not null)
            {
                // Found by part of a phone number, email or postcode: mark that part where it is.
                var contact = new (string Field, string? Text)[] { ("Phone", p.PhoneDigits), ("Email", p.Email), ("Postcode", p.Postcode?.Replace(" ", "", StringComparison.Ordinal)) }
                    .Where(f => f.Text is not null)
                    .Select(f => (f.Field, Runs: SearchHighlighter.RunsContaining(f.Text!, fragment)))
                    .FirstOrDefault(f => SearchHighlighter.HasMatch(f.Runs));
                if (contact.Runs is not null) matches[c.Id] = new CaseMatch(contact.Field, contact.Runs);
            }
        }

        return matches;
    }

    /// <summary>
    /// A phone number (any format: its digits, "+44" read as "0"), an email address or its start, or a postcode: looked for
    /// inside the complainant's details as well as by word, so "7700900123" finds "07700 900123".
    /// </summary>
    private static string? ContactFragmentOf(string typed)
    {
        var kind = typed.Length == 0 ? null : ContactDetails.ParseSearch(typed);
        var fragment = kind?.Kind switch
        {
            SearchKind.Phone => kind.Value,
            SearchKind.Email => typed.ToLowerInvariant(),
            SearchKind.Postcode when Whitespace().Replace(typed, "").Length <= 8 => Whitespace().Replace(typed, "").ToLowerInvariant(),
            _ => null,
        };
        // Only what phone numbers, emails and postcodes are made of: anything else cannot be part of one.
        return fragment is { Length: >= CaseSearchIndex.MinContactFragment } && ContactCharacters().IsMatch(fragment) ? fragment : null;
    }

    private static string Join(params string?[] parts) => string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    [GeneratedRegex("[^A-Z0-9]")]
    private static partial Regex NotLetterOrDigit();

    [GeneratedRegex(@"^[\p{L}\p{N}@.+_'-]+$")]
    private static partial Regex ContactCharacters();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(GIR ?0AA|[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2})$")]
    private static partial Regex WholePostcode();

    [GeneratedRegex(@"^\+[0-9 ().-]+$")]
    private static partial Regex InternationalPhone();
}
