using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

public sealed record CaseOmbudsmanEnquiry(string Body, string? TheirReference, DateOnly ReceivedOn, OmbudsmanDecision? Decision, DateOnly? DecidedOn,
    string? RemedyRecommended, DateOnly? ComplianceDue, DateOnly? CompliedOn);
