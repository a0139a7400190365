using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

public sealed record MyCaseRow(
    int Id,
    string Reference,
    ContactClassification Classification,
    DateOnly ReceivedOn,
    string ServiceArea,
    string? Subject,
    int Stage,
    CaseStatus Status,
    DateOnly? NextDueDate,
    DueKind? NextDueKind,
    DueStatus? DueStatus,
    IReadOnlyList<RiskFlagKind>? Flags = null);
