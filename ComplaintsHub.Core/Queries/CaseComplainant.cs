using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

public sealed record CaseComplainant(
    int Id, string Name, string? Address, string? Postcode, string? Phone, string? Email, PreferredContactMethod PreferredContactMethod,
    string? ReasonableAdjustments, bool NeedsLargePrint, string? RepresentativeName, string? RepresentativeContact, bool ConsentToShareWithRepresentative,
    string? Title = null, string? LastName = null);
