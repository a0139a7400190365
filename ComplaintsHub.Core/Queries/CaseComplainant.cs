using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

public sealed record CaseComplainant(
    int Id, string Name, string? Address, string? Postcode, string? Phone, string? Email, PreferredContactMethod PreferredContactMethod,
    string? ReasonableAdjustments, bool NeedsLargePrint, string? RepresentativeName, string? RepresentativeContact, bool ConsentToShareWithRepresentative);
