using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

public sealed record CaseListRow(
    int Id, string Reference, ContactClassification Classification, DateOnly ReceivedOn, string ServiceArea, string? Subject, string? Complainant, string? Postcode,
    int Stage, CaseStatus Status, string? Officer, DateOnly? NextDueDate, DueKind? NextDueKind, DueStatus? DueStatus, Guid Version,
    IReadOnlyList<RiskFlagKind>? Flags = null, CaseMatch? Match = null);
