using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

public sealed record CaseStage(
    int Number, DateTime OpenedAt, DateOnly AcknowledgementDue, DateTime? AcknowledgedAt, DateOnly? ResponseDue, DateOnly? OriginalResponseDue,
    DateTime? ResponseSentAt, Outcome? Outcome, string? RemedySummary, decimal? FinancialRedress, string? RootCause, string? LessonLearnt,
    DateOnly? EscalationDeadline, IReadOnlyList<CaseExtension> Extensions);
