using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

/// <summary>Another contact from the same person: repeat callers are linked when they are logged.</summary>
public sealed record CaseLink(string Reference, ContactClassification Classification, CaseStatus Status, DateOnly ReceivedOn, string ServiceArea);
