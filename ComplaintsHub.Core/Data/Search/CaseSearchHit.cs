namespace ComplaintsHub.Core.Data.Search;

/// <summary>A case the search text matches, with its relevance (higher is better). Read by raw SQL; not a table.</summary>
public sealed class CaseSearchHit
{
    public int ComplaintId { get; init; }
    public double Rank { get; init; }
}
