using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// A warning on a case, or on a complainant (and so on each of their cases): who raised it, when and why, and, once it
/// is removed, who removed it, when and why. Removal keeps the row, so the history shows both. Raised and removed only
/// through the case (<see cref="Complaint.RaiseRiskFlag"/>, <see cref="Complaint.RemoveRiskFlag"/>), which writes its timeline.
/// </summary>
public sealed class RiskFlag : VersionedEntity
{
    private RiskFlag() { }

    internal RiskFlag(RiskFlagKind kind, int? complaintId, int? complainantId, int raisedOnCaseId, string? detail,
        HazardSeverity? hazardSeverity, DateTime? becameAwareAt, string reason, Actor by, DateTime at)
    {
        Kind = kind;
        ComplaintId = complaintId;
        ComplainantId = complainantId;
        RaisedOnCaseId = raisedOnCaseId;
        Detail = detail;
        HazardSeverity = hazardSeverity;
        BecameAwareAt = becameAwareAt;
        RaisedReason = reason;
        RaisedById = by.StaffUserId == Guid.Empty ? null : by.StaffUserId;
        RaisedByName = by.Name;
        RaisedAt = at;
    }

    public long Id { get; private set; }
    public RiskFlagKind Kind { get; private set; }
    /// <summary>The case flagged; null when the flag is on the complainant.</summary>
    public int? ComplaintId { get; private set; }
    /// <summary>The complainant flagged; null when the flag is on one case.</summary>
    public int? ComplainantId { get; private set; }
    /// <summary>The case whose page the flag was raised from: a complainant's flag is written on that case's timeline.</summary>
    public int RaisedOnCaseId { get; private set; }
    /// <summary>What the flag says: required for a contact restriction (the restriction itself), optional otherwise.</summary>
    public string? Detail { get; private set; }
    /// <summary>Damp and mould only: which track of Awaab's Law applies.</summary>
    public HazardSeverity? HazardSeverity { get; private set; }
    /// <summary>Damp and mould only: when the landlord became aware, which the hazard deadlines count from.</summary>
    public DateTime? BecameAwareAt { get; private set; }
    public Guid? RaisedById { get; private set; }
    public string RaisedByName { get; private set; } = "";
    public DateTime RaisedAt { get; private set; }
    public string RaisedReason { get; private set; } = "";
    public Guid? RemovedById { get; private set; }
    public string? RemovedByName { get; private set; }
    public DateTime? RemovedAt { get; private set; }
    public string? RemovalReason { get; private set; }

    public bool IsActive => RemovedAt is null;
    public bool IsOnComplainant => ComplainantId is not null;

    internal void Remove(string reason, Actor by, DateTime at)
    {
        if (!IsActive) throw new DomainException($"This flag was already removed by {RemovedByName}.");
        RemovedById = by.StaffUserId == Guid.Empty ? null : by.StaffUserId;
        RemovedByName = by.Name;
        RemovedAt = at;
        RemovalReason = reason;
    }
}
