using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>A year's answer to one provision, with who gave it last and the version to save a review against.</summary>
public sealed record SelfAssessmentAnswerRow(CodeCompliance Compliance, string Evidence, string? Action, bool CarriedForward, string UpdatedBy, DateTime UpdatedAt, Guid Version);
