namespace ComplaintsHub.Core.Learning;

/// <summary>The improvement actions list's filters, each optional, combined with AND.</summary>
public sealed record ImprovementActionFilter
{
    public int? ServiceAreaId { get; init; }
    public bool OverdueOnly { get; init; }
    /// <summary>Done and dropped actions as well as open ones.</summary>
    public bool IncludeEnded { get; init; }
}
