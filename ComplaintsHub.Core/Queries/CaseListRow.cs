using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

public sealed record CaseListRow(
    int Id, string Reference, ContactClassification Classification, DateOnly ReceivedOn, string ServiceArea, string? Complainant, string? Postcode,
    int Stage, CaseStatus Status, string? Officer, DateOnly? NextDueDate, DueKind? NextDueKind, DueStatus? DueStatus, Guid Version);
