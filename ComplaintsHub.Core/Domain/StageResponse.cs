namespace ComplaintsHub.Core.Domain;

/// <summary>What a stage's responder decided: outcome, remedy and, for upheld cases, what was learnt.</summary>
public sealed record StageResponse(
    Outcome Outcome,
    string? RemedySummary = null,
    decimal? FinancialRedress = null,
    string? RootCause = null,
    string? LessonLearnt = null);
