using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data.Search;

/// <summary>
/// The search index in one provider's SQL: how a case's document is written, and how the typed words are matched. Chosen by
/// the connection's provider (<see cref="CaseSearchIndex.DialectOf"/>), so the data layer needs no knowledge of it.
/// </summary>
public abstract class CaseSearchDialect
{
    /// <summary>Writes the documents of these cases afresh, and removes those of cases that no longer exist.</summary>
    internal abstract Task RefreshAsync(DbContext db, IReadOnlyCollection<int> caseIds, CancellationToken cancellationToken);

    /// <summary>Empties the index and writes every case's document.</summary>
    internal abstract Task RebuildAsync(DbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// Drops from the index's storage what replaced documents left behind, so that no word of a removed text stays anywhere
    /// in the file: after anonymisation. PostgreSQL rewrites a row in place (its old version goes at the next vacuum).
    /// </summary>
    internal virtual Task PurgeReplacedAsync(DbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Keeps the index's storage fit for the cases there are (PostgreSQL's partitions); at every start and every night.</summary>
    internal virtual Task KeepStorageAsync(DbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The ids of the cases whose document has every word (each a prefix).</summary>
    public abstract IQueryable<int> Matching(DbContext db, SearchTerms terms);

    /// <summary>
    /// The relevance of each of <paramref name="matched"/>, the cases the terms are known to match (a thousand at most); a
    /// provider that can only rank inside a match (SQLite's bm25) runs the match again and ranks every case it finds.
    /// </summary>
    public abstract IQueryable<CaseSearchHit> Ranked(DbContext db, SearchTerms terms, IReadOnlyCollection<int> matched);

    /// <summary>
    /// The ids of the cases whose complainant's phone digits, email or compact postcode contain <paramref name="fragment"/>
    /// (lower case; at least <see cref="CaseSearchIndex.MinContactFragment"/> characters).
    /// </summary>
    public abstract IQueryable<int> ContactContaining(DbContext db, string fragment);

    /// <summary>The ids of the cases whose words match <paramref name="terms"/> or whose contact details hold <paramref name="contactFragment"/>.</summary>
    public IQueryable<int> MatchingAny(DbContext db, SearchTerms terms, string? contactFragment)
    {
        IQueryable<int>? matching = terms.IsEmpty ? null : Matching(db, terms);
        if (contactFragment is not null)
        {
            var contact = ContactContaining(db, contactFragment);
            matching = matching is null ? contact : matching.Union(contact);
        }

        return matching ?? throw new ArgumentException("Nothing to search for.", nameof(terms));
    }

    /// <summary>The cases among <paramref name="cases"/> whose id <paramref name="matching"/> holds: the database's planner chooses which leads.</summary>
    public virtual IQueryable<Complaint> WhereMatching(IQueryable<Complaint> cases, IQueryable<int> matching) =>
        cases.Where(c => matching.Contains(c.Id));

    /// <summary>
    /// The ids of the first <paramref name="limit"/> cases among <paramref name="cases"/> that the search finds, the highest
    /// id (the most recently logged) first. <paramref name="fewCasesPass"/> says the filters keep a small part of all cases
    /// (open ones only), for a provider whose planner cannot tell how many the search finds. <paramref name="scope"/> reads,
    /// for a provider whose index can read only those, where every case among <paramref name="cases"/> lies (null: anywhere).
    /// </summary>
    public virtual Task<List<int>> NewestMatchingIdsAsync(DbContext db, IQueryable<Complaint> cases, SearchTerms terms, string? contactFragment,
        int limit, bool fewCasesPass, Func<CancellationToken, Task<CaseSearchScope?>> scope, CancellationToken cancellationToken) =>
        WhereMatching(cases, MatchingAny(db, terms, contactFragment)).OrderByDescending(c => c.Id).Select(c => c.Id).Take(limit).ToListAsync(cancellationToken);
}
