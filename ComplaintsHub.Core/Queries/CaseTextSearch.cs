using System.Text.RegularExpressions;
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
    private bool _ranked;

    private CaseTextSearch(ComplaintsDbContext db, string typed)
    {
        _db = db;
        _dialect = CaseSearchIndex.DialectOf(db);
        _typed = typed;
        Terms = SearchTerms.Parse(typed);
        _compactReference = NotLetterOrDigit().Replace(typed.ToUpperInvariant(), "");
        ContactFragment = ContactFragmentOf(typed);
    }

    public SearchTerms Terms { get; }

    /// <summary>What is looked for inside phone digits, emails and compact postcodes; null when the box holds none of those.</summary>
    public string? ContactFragment { get; }

    private bool FindsNothing => _typed.Length > MaxLength || (Terms.IsEmpty && ContactFragment is null);

    public static async Task<CaseTextSearch> PrepareAsync(ComplaintsDbContext db, string typed, CancellationToken cancellationToken)
    {
        var search = new CaseTextSearch(db, typed.Trim());
        if (!search.FindsNothing && !search.Terms.IsEmpty)
        {
            search._ranked = await search._dialect.Matching(db, search.Terms).Take(MaxRanked + 1).CountAsync(cancellationToken) <= MaxRanked;
        }

        return search;
    }

    public IQueryable<Complaint> Apply(IQueryable<Complaint> cases)
    {
        if (FindsNothing) return cases.Where(c => false);
        IQueryable<int>? matching = Terms.IsEmpty ? null : _dialect.Matching(_db, Terms);
        if (ContactFragment is { } fragment)
        {
            var contact = _dialect.ContactContaining(_db, fragment);
            matching = matching is null ? contact : matching.Union(contact);
        }

        return cases.Where(c => matching!.Contains(c.Id));
    }

    /// <summary>The exact reference (or old reference) first, then the most relevant, then the newest.</summary>
    public IQueryable<Complaint> Order(IQueryable<Complaint> cases)
    {
        var compact = _compactReference;
        var imported = _typed.ToUpperInvariant();
        if (!_ranked || FindsNothing)
        {
            return cases.OrderByDescending(c => c.Reference.Replace("-", "") == compact || (c.ImportedReference != null && c.ImportedReference.ToUpper() == imported))
                .ThenByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id);
        }

        // Joined, not looked up per case: the database then ranks every match once (a lookup per case made SQLite
        // re-read the whole match for each). Cases found only by part of a phone number or email have no rank.
        var hits = _dialect.Ranked(_db, Terms);
        return from c in cases
               join h in hits on c.Id equals h.ComplaintId into ranked
               from h in ranked.DefaultIfEmpty()
               orderby c.Reference.Replace("-", "") == compact || (c.ImportedReference != null && c.ImportedReference.ToUpper() == imported) descending,
                   ((double?)h.Rank ?? 0) descending, c.ReceivedAt descending, c.Id descending
               select c;
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
        var notes = (await _db.TimelineEvents.AsNoTracking()
                .Where(t => t.ComplaintId != null && caseIds.Contains(t.ComplaintId.Value) && (t.Type == TimelineEventType.NoteAdded || t.Type == TimelineEventType.CallLogged))
                .Select(t => new { CaseId = t.ComplaintId!.Value, t.Type, t.Summary, t.OccurredAt, t.Id })
                .ToListAsync(cancellationToken))
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
}
