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

    /// <summary>The ids of the cases whose document has every word (each a prefix).</summary>
    public abstract IQueryable<int> Matching(DbContext db, SearchTerms terms);

    /// <summary>The matching cases with their relevance.</summary>
    public abstract IQueryable<CaseSearchHit> Ranked(DbContext db, SearchTerms terms);

    /// <summary>
    /// The ids of the cases whose complainant's phone digits, email or compact postcode contain <paramref name="fragment"/>
    /// (lower case; at least <see cref="CaseSearchIndex.MinContactFragment"/> characters).
    /// </summary>
    public abstract IQueryable<int> ContactContaining(DbContext db, string fragment);
}
