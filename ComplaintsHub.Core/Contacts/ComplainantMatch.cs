namespace ComplaintsHub.Core.Contacts;

/// <summary>
/// Someone on record, as the log-a-contact search shows them. When none of their cases is one the member of staff may
/// see, the match is limited to what recognises the person: their name, the outward part of the postcode ("AB1") and
/// that they have cases in other areas; everything else is null until a reason is given (<see cref="ContactLogging.RevealComplainantAsync"/>).
/// </summary>
/// <param name="Cases">The person's cases that this member of staff may see.</param>
public sealed record ComplainantMatch(
    int Id, string Name, string? Address, string? Postcode, string? Phone, string? Email, string? ReasonableAdjustments, int Cases,
    bool HasCasesInOtherAreas, bool IsLimited);
