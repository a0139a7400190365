using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

public sealed record CaseOmbudsmanEnquiry(string Body, string? TheirReference, DateOnly ReceivedOn, OmbudsmanDecision? Decision, DateOnly? DecidedOn,
    string? RemedyRecommended, DateOnly? ComplianceDue, DateOnly? CompliedOn);
