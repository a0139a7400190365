using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

public sealed record CaseStage(
    int Number, DateTime OpenedAt, DateOnly AcknowledgementDue, DateTime? AcknowledgedAt, DateOnly? ResponseDue, DateOnly? OriginalResponseDue,
    DateTime? ResponseSentAt, Outcome? Outcome, string? RemedySummary, decimal? FinancialRedress, string? RootCause, string? LessonLearnt,
    DateOnly? EscalationDeadline, IReadOnlyList<CaseExtension> Extensions);
