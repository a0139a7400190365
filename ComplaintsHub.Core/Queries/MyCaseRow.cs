using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

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
    DueStatus? DueStatus);
