using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

public sealed record CaseOmbudsmanEnquiry(int Id, string Body, string? TheirReference, DateOnly ReceivedOn, OmbudsmanDecision? Decision, DateOnly? DecidedOn,
    string? RemedyRecommended, DateOnly? ComplianceDue, DateOnly? CompliedOn)
{
    /// <summary>Fault found: the decision an improvement action can be raised from.</summary>
    public bool FaultFound => Decision is OmbudsmanDecision.FaultNoInjustice or OmbudsmanDecision.FaultAndInjustice;
}
