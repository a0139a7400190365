namespace ComplaintsHub.Core.Queries;

/// <summary>The team leaders' list's filters, each optional, combined with AND.</summary>
public sealed record PromisedActionFilter
{
    public Guid? OwnerId { get; init; }
    public int? ServiceAreaId { get; init; }
    public bool OverdueOnly { get; init; }
}
