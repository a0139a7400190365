using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

/// <summary>The list filters; every one is optional and they combine with AND.</summary>
public sealed record CaseListFilter
{
    public string? Search { get; init; }
    public CaseStatus? Status { get; init; }
    public bool OpenOnly { get; init; }
    public int? Stage { get; init; }
    public int? ServiceAreaId { get; init; }
    public Guid? OfficerId { get; init; }
    public bool UnallocatedOnly { get; init; }
    public int? ProcedureId { get; init; }
    public ContactClassification? Classification { get; init; }
    public DueFilter? Due { get; init; }
    public DateOnly? ReceivedFrom { get; init; }
    public DateOnly? ReceivedTo { get; init; }
    /// <summary>Only cases with a risk flag in force, on the case or its complainant.</summary>
    public bool Flagged { get; init; }
    /// <summary>Only cases with a risk flag of this kind in force, on the case or its complainant.</summary>
    public RiskFlagKind? FlagKind { get; init; }
    /// <summary>Only cases about this subject (a subject belongs to one service area).</summary>
    public int? SubjectId { get; init; }
    public int? CategoryId { get; init; }
    /// <summary>Only contacts received by this channel.</summary>
    public Channel? Channel { get; init; }
    public CaseSort Sort { get; init; } = CaseSort.NextDue;
}
