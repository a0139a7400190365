using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data.Counts;

/// <summary>Complaints closed (or withdrawn) in a month, by how they ended and at which stage.</summary>
[PrimaryKey(nameof(Month), nameof(ServiceAreaId), nameof(ProcedureId), nameof(Status), nameof(CurrentStage), nameof(HasOutcome))]
public sealed class ClosureCount : IReportingCount, IReportedByArea
{
    private ClosureCount() { }

    internal ClosureCount(DateOnly month, int serviceAreaId, int procedureId, CaseStatus status, int currentStage, bool hasOutcome, int complaints)
    {
        Month = month;
        ServiceAreaId = serviceAreaId;
        ProcedureId = procedureId;
        Status = status;
        CurrentStage = currentStage;
        HasOutcome = hasOutcome;
        Complaints = complaints;
    }

    /// <summary>The first day of the UK month the case was closed in.</summary>
    public DateOnly Month { get; private set; }
    public int ServiceAreaId { get; private set; }
    public int ProcedureId { get; private set; }
    public CaseStatus Status { get; private set; }
    public int CurrentStage { get; private set; }
    public bool HasOutcome { get; private set; }
    public int Complaints { get; private set; }
}
