using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

/// <summary>A risk flag as the case page shows it, in force or removed.</summary>
public sealed record CaseRiskFlag(
    long Id, Guid Version, RiskFlagKind Kind, bool OnComplainant, string? Detail, HazardSeverity? Severity, DateTime? BecameAwareAt,
    string RaisedBy, DateTime RaisedAt, string RaisedReason, string? RemovedBy, DateTime? RemovedAt, string? RemovalReason)
{
    public bool IsActive => RemovedAt is null;
}
