using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Records;

/// <summary>What the retention rules need to know about one case.</summary>
public sealed record RetentionFacts(
    int Id, string Reference, int? ComplainantId, int ProcedureId, CaseStatus Status, DateTime? ClosedAt, string? LegalHoldReason, DateTime? LegalHoldSince, DateTime? AnonymisedAt)
{
    public bool IsHeld => LegalHoldReason is not null;
}
