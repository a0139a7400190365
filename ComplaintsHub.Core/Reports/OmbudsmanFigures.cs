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
}
