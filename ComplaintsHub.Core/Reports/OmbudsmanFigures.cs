using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Reports;

public sealed record OmbudsmanFigures(
    int EnquiriesReceived,
    IReadOnlyDictionary<OmbudsmanDecision, int> Decisions,
    int RemediesRecommended,
    int CompliedOnTime,
    int CompliedLate,
    int ComplianceOverdue,
    int ComplianceNotYetDue)
{
    public int DecisionsMade => Decisions.Values.Sum();
    /// <summary>The Ombudsmen count a complaint as upheld when they find fault.</summary>
    public int Upheld => Decisions.GetValueOrDefault(OmbudsmanDecision.FaultNoInjustice) + Decisions.GetValueOrDefault(OmbudsmanDecision.FaultAndInjustice);
    public double? UpheldRate => DecisionsMade == 0 ? null : (double)Upheld / DecisionsMade;
    /// <summary>Decisions after an investigation: all but those the Ombudsman decided not to investigate.</summary>
    public int Investigated => DecisionsMade - Decisions.GetValueOrDefault(OmbudsmanDecision.NotInvestigated);
    /// <summary>Upheld as a share of those investigated, as the Local Government and Social Care Ombudsman's letter gives it.</summary>
    public double? UpheldOfInvestigatedRate => Investigated == 0 ? null : (double)Upheld / Investigated;
    /// <summary>Remedies complied with (on time or late) as a share of those complied with or overdue; those not yet due are left out.</summary>
    public double? ComplianceRate => CompliedOnTime + CompliedLate + ComplianceOverdue == 0 ? null : (double)(CompliedOnTime + CompliedLate) / (CompliedOnTime + CompliedLate + ComplianceOverdue);
}
