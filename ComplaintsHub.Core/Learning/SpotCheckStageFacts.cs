using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>What a reviewer needs of one stage of the case to answer the checklist: its dates against the timescales, the outcome and what was recorded.</summary>
public sealed record SpotCheckStageFacts(int StageNumber, DateOnly OpenedOn, DateOnly AcknowledgementDue, DateOnly? AcknowledgedOn, DateOnly? ResponseDue,
    DateOnly? ResponseSentOn, int? WorkingDaysLate, Outcome? Outcome, string? RemedySummary, decimal? FinancialRedress, string? RootCause, string? LessonLearnt);
